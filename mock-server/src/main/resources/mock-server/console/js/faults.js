// Fault rules: the active ones, removable, and a small form to add one.
import { api } from './api.js';
import { carrierName, fill, h } from './dom.js';

const TYPES = {
  error: { label: 'Error status', field: 'status', placeholder: '503', hint: 'HTTP status, 400-599' },
  latency: { label: 'Latency', field: 'delay', placeholder: 'PT2S', hint: 'ISO-8601 duration' },
  'rate-limit': { label: 'Rate limit (429)', field: 'retryAfter', placeholder: 'PT30S', hint: 'Retry-After, ISO-8601' },
  drop: { label: 'Dropped connection', field: null },
};

export function faultsPanel(app) {
  const root = document.getElementById('faults-panel');
  const list = h('tbody');
  const carrierSelect = h('select', { id: 'fault-carrier', 'aria-label': 'Carrier', onchange: () => fillOperations() });
  const operationSelect = h('select', { id: 'fault-operation', 'aria-label': 'Operation' });
  const typeSelect = h('select', { id: 'fault-type', 'aria-label': 'Fault', onchange: () => fillValue() },
    Object.entries(TYPES).map(([value, t]) => h('option', { value }, t.label)));
  const value = h('input', { id: 'fault-value', class: 'mono', size: 8 });
  const times = h('input', { id: 'fault-times', type: 'number', min: 1, placeholder: 'always', 'aria-label': 'Next N calls', size: 6 });
  let carriers = [];
  let drawn = null;

  fill(root,
    h('form', { class: 'toolbar fault-form', onsubmit: (event) => { event.preventDefault(); add(); } },
      carrierSelect, operationSelect, typeSelect, value,
      h('label', { class: 'inline' }, 'next', times, 'calls'),
      h('button', { class: 'btn btn-primary', type: 'submit' }, 'Add fault')),
    h('table', { id: 'faults-table', class: 'data' },
      h('thead', null, h('tr', null,
        h('th', null, 'Rule'), h('th', null, 'Carrier'), h('th', null, 'Operation'), h('th', null, 'Fault'),
        h('th', { class: 'num' }, 'Probability'), h('th', { class: 'num' }, 'Left'), h('th'))),
      list));
  fillValue();

  function fillOperations() {
    const carrier = carriers.find((c) => c.id === carrierSelect.value);
    fill(operationSelect, h('option', { value: '' }, 'Every operation'),
      (carrier ? carrier.operations : []).map((op) => h('option', { value: op.operationId }, op.operationId)));
  }

  function fillValue() {
    const type = TYPES[typeSelect.value];
    value.hidden = !type.field;
    value.placeholder = type.placeholder || '';
    value.title = type.hint || '';
    value.value = '';
  }

  function add() {
    const type = typeSelect.value;
    const rule = { type };
    if (carrierSelect.value) rule.carrier = carrierSelect.value;
    if (operationSelect.value) rule.operationId = operationSelect.value;
    const field = TYPES[type].field;
    if (field) {
      const text = value.value.trim() || TYPES[type].placeholder;
      rule[field] = field === 'status' ? Number(text) : text.toUpperCase();
    }
    if (times.value) rule.times = Number(times.value);
    app.act(() => api.addFault(rule), `Fault added: ${TYPES[type].label.toLowerCase()}`);
  }

  function describe(rule) {
    switch (rule.type) {
      case 'error': return `error ${rule.status}`;
      case 'latency': return rule.minDelay === rule.maxDelay ? `latency ${rule.minDelay}` : `latency ${rule.minDelay}–${rule.maxDelay}`;
      case 'rate-limit': return `429, Retry-After ${rule.retryAfter}`;
      default: return 'dropped connection';
    }
  }

  return {
    renderCarriers(served) {
      carriers = served;
      fill(carrierSelect, h('option', { value: '' }, 'Every carrier'),
        served.map((c) => h('option', { value: c.id }, carrierName(c.id))));
      fillOperations();
    },
    render(faults) {
      const signature = JSON.stringify(faults);
      if (signature === drawn) return;
      drawn = signature;
      fill(list, faults.faults.length === 0
        ? h('tr', { class: 'empty-row' }, h('td', { colspan: 7 }, 'No fault rule: every call is answered normally.'))
        : faults.faults.map((rule) => h('tr', { dataset: { fault: rule.id } },
          h('td', null, h('code', null, rule.id)),
          h('td', null, rule.carrier ? carrierName(rule.carrier) : h('span', { class: 'muted' }, 'every carrier')),
          h('td', null, rule.operationId || h('span', { class: 'muted' }, 'every operation')),
          h('td', null, h('span', { class: 'tag tag-fault' }, describe(rule))),
          h('td', { class: 'num' }, `${Math.round(rule.probability * 100)} %`),
          h('td', { class: 'num' }, rule.times ? `${rule.remaining} of ${rule.times}` : '∞'),
          h('td', { class: 'num' }, h('button', {
            class: 'btn btn-small btn-danger-ghost', type: 'button', title: `DELETE /faults?id=${rule.id}`,
            onclick: () => app.act(() => api.removeFault(rule.id), `Fault ${rule.id} removed`),
          }, 'Remove')))));
    },
  };
}
