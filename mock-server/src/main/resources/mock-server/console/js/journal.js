// The request journal: newest first, filtered by carrier and status, headers and body on expand.
import { api } from './api.js';
import { carrierName, confirmingButton, fill, formatInstant, formatLatency, h } from './dom.js';

const LIMIT = 200;
const STATUS_FILTERS = [
  ['', 'All statuses'], ['2xx', '2xx success'], ['4xx', '4xx client error'], ['5xx', '5xx server error'], ['0', 'Dropped'],
];

export function journalPanel(app) {
  const root = document.getElementById('journal-panel');
  const expanded = new Set(); // sequences of the entries showing their details
  const filter = { carrier: '', status: '', text: '' };
  const carrierSelect = h('select', { id: 'journal-carrier', 'aria-label': 'Carrier', onchange: () => { filter.carrier = carrierSelect.value; app.refresh(); } });
  const statusSelect = h('select', { id: 'journal-status', 'aria-label': 'Status', onchange: () => { filter.status = statusSelect.value; redraw(); } },
    STATUS_FILTERS.map(([value, label]) => h('option', { value }, label)));
  const search = h('input', {
    id: 'journal-search', type: 'search', placeholder: 'Operation, path or account', 'aria-label': 'Search',
    oninput: () => { filter.text = search.value.trim().toLowerCase(); redraw(); },
  });
  const summary = h('span', { id: 'journal-summary', class: 'muted' });
  const body = h('tbody');
  let entries = [];
  let page = null;
  let drawn = null;

  fill(root,
    h('div', { class: 'toolbar' },
      carrierSelect, statusSelect, search, summary,
      h('span', { class: 'spacer' }),
      confirmingButton({ id: 'clear-journal', class: 'btn btn-small btn-danger-ghost', title: 'DELETE /journal' },
        'Clear journal', 'Click again to clear', () => app.act(() => api.clearJournal(), 'Journal cleared'))),
    h('table', { id: 'journal-table', class: 'data journal' },
      h('thead', null, h('tr', null,
        h('th', { class: 'col-toggle' }), h('th', null, 'Time'), h('th', null, 'Carrier'), h('th', null, 'Operation'),
        h('th', null, 'Account'), h('th', { class: 'num' }, 'Status'), h('th', { class: 'num' }, 'Latency'))),
      body));

  function matches(entry) {
    if (filter.status === '0' && entry.status !== 0) return false;
    if (/^\dxx$/.test(filter.status) && String(entry.status)[0] !== filter.status[0]) return false;
    if (!filter.text) return true;
    return [entry.operationId, entry.path, entry.credentialId, entry.method]
      .some((v) => v && v.toLowerCase().includes(filter.text));
  }

  function rows(entry) {
    const open = expanded.has(entry.sequence);
    const row = h('tr', {
      class: `journal-row${open ? ' open' : ''}`, tabindex: 0, 'aria-expanded': String(open),
      dataset: { sequence: entry.sequence, operation: entry.operationId || '', status: entry.status },
      onclick: () => toggle(entry.sequence),
      onkeydown: (event) => { if (event.key === 'Enter') toggle(entry.sequence); },
    },
    h('td', { class: 'col-toggle' }, h('span', { class: 'chevron' }, '›')),
    h('td', { class: 'mono nowrap' }, formatInstant(entry.at)),
    h('td', null, carrierName(entry.carrier)),
    h('td', null,
      h('div', { class: 'operation' }, entry.operationId || h('span', { class: 'muted' }, 'no operation')),
      h('div', { class: 'request-line mono muted' }, `${entry.method} ${entry.path}${entry.query ? `?${entry.query}` : ''}`)),
    h('td', null, entry.credentialId || h('span', { class: 'muted' }, '—')),
    h('td', { class: 'num' }, statusPill(entry.status), entry.fault ? h('span', { class: 'tag tag-fault' }, `fault: ${entry.fault}`) : null),
    h('td', { class: 'num mono' }, formatLatency(entry.latencyMicros)));
    if (!open) return row;
    return [row, h('tr', { class: 'detail-row', dataset: { sequence: entry.sequence } }, h('td', { colspan: 7 }, details(entry)))];
  }

  function details(entry) {
    const headers = Object.entries(entry.headers || {});
    return h('div', { class: 'details' },
      h('div', { class: 'details-col' },
        h('h4', null, 'Request'),
        h('pre', { class: 'request-line' }, `${entry.method} ${entry.path}${entry.query ? `?${entry.query}` : ''}`),
        h('h4', null, 'Headers'),
        headers.length === 0 ? h('p', { class: 'muted' }, 'none')
          : h('table', { class: 'headers' }, h('tbody', null, headers.map(([name, value]) =>
            h('tr', null, h('th', null, name), h('td', { class: 'mono' }, value)))))),
      h('div', { class: 'details-col' },
        h('h4', null, 'Body', entry.bodyTruncated ? h('span', { class: 'tag' }, 'truncated') : null),
        entry.body ? h('pre', { class: 'body' }, pretty(entry.body)) : h('p', { class: 'muted' }, 'empty')));
  }

  function toggle(sequence) {
    if (expanded.has(sequence)) expanded.delete(sequence); else expanded.add(sequence);
    redraw(true);
  }

  function redraw(force) {
    const shown = entries.filter(matches);
    const signature = JSON.stringify([shown.map((e) => e.sequence), filter]);
    if (!force && signature === drawn) return;
    drawn = signature;
    summary.textContent = page
      ? `${shown.length} of ${entries.length} shown${page.dropped ? ` · ${page.dropped} older dropped` : ''}`
        + (entries.length >= LIMIT ? ` · newest ${LIMIT}` : '')
      : '';
    fill(body, shown.length === 0
      ? h('tr', { class: 'empty-row' }, h('td', { colspan: 7 },
        entries.length === 0 ? 'No requests recorded yet.' : 'No request matches these filters.'))
      : shown.map(rows));
  }

  return {
    /** The query for the next journal read. */
    query() {
      return { carrier: filter.carrier, limit: LIMIT };
    },
    renderCarriers(carriers) {
      fill(carrierSelect, h('option', { value: '' }, 'All carriers'),
        carriers.map((c) => h('option', { value: c.id, selected: c.id === filter.carrier }, carrierName(c.id))));
    },
    render(journal) {
      page = journal;
      entries = journal.entries.slice().reverse();
      redraw(false);
    },
  };
}

function statusPill(status) {
  const tone = status === 0 ? 'bad' : status < 300 ? 'good' : status < 400 ? 'muted' : status < 500 ? 'warn' : 'bad';
  return h('span', { class: `pill pill-${tone} status` }, status === 0 ? 'dropped' : String(status));
}

function pretty(body) {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch (e) {
    return body;
  }
}
