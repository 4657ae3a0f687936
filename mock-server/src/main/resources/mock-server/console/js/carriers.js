// The carrier overview: where each carrier is, its accounts, what it serves, how much it stores.
import { api } from './api.js';
import { carrierName, confirmingButton, copyButton, fill, h, plural } from './dom.js';

export function carrierCards(app) {
  const root = document.getElementById('carrier-cards');
  const counts = new Map(); // carrier id -> the element showing its entity counts

  function card(carrier) {
    const baseUrl = location.origin + carrier.basePath;
    const count = h('span', { class: 'entity-count' });
    counts.set(carrier.id, count);
    return h('article', { class: 'card carrier-card', dataset: { carrier: carrier.id } },
      h('header', { class: 'card-head' },
        h('div', null,
          h('h3', null, carrierName(carrier.id)),
          h('span', { class: 'mono muted' }, carrier.id)),
        confirmingButton({ class: 'btn btn-small btn-danger-ghost', title: `POST /reset?carrier=${carrier.id}` },
          'Reset', 'Click again to reset',
          () => app.act(() => api.reset(carrier.id), `${carrierName(carrier.id)} reset: its data and tokens are gone`))),
      h('div', { class: 'field' },
        h('span', { class: 'field-label' }, 'Base URL'),
        h('div', { class: 'copy-row' }, h('code', { class: 'base-url' }, baseUrl), copyButton(baseUrl))),
      h('div', { class: 'field' },
        h('span', { class: 'field-label' }, 'Accounts'),
        carrier.credentials.length === 0
          ? h('p', { class: 'muted' }, 'None configured: add some under carriers.', carrier.id, '.credentials in the config.')
          : h('table', { class: 'accounts' },
            h('thead', null, h('tr', null, h('th', null, 'id'), h('th', null, 'secret'), h('th', null, 'attributes'))),
            h('tbody', null, carrier.credentials.map((account) => h('tr', { dataset: { account: account.id } },
              h('td', null, h('div', { class: 'copy-row' }, h('code', { class: 'account-id' }, account.id), copyButton(account.id))),
              h('td', null, h('div', { class: 'copy-row' }, h('code', { class: 'account-secret' }, account.secret), copyButton(account.secret))),
              h('td', { class: 'attributes' }, Object.entries(account.attributes).map(([name, value]) =>
                h('span', { class: 'tag' }, `${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`)))))))),
      h('div', { class: 'card-foot' },
        operations(carrier),
        count));
  }

  function operations(carrier) {
    const n = carrier.operations.length;
    if (n === 0) return h('span', { class: 'operations muted' }, 'No operations served yet');
    return h('details', { class: 'operations' },
      h('summary', null, h('strong', { class: 'operation-count' }, n), n === 1 ? ' operation' : ' operations'),
      h('ul', { class: 'operation-list' }, carrier.operations.map((op) => h('li', null,
        h('span', { class: `method method-${op.method.toLowerCase()}` }, op.method),
        h('code', null, op.path),
        h('span', { class: 'muted' }, op.operationId),
        op.authenticated ? null : h('span', { class: 'tag' }, 'no auth')))));
  }

  return {
    render(carriers) {
      counts.clear();
      fill(root, carriers.length === 0 ? h('p', { class: 'empty' }, 'This server serves no carrier.') : carriers.map(card));
    },
    /** Entity counts per kind, updated in place so a half-confirmed Reset survives a refresh. */
    renderCounts(carriers, entities) {
      for (const carrier of carriers) {
        const el = counts.get(carrier.id);
        if (!el) continue;
        const list = entities.get(carrier.id) || [];
        if (carrier.entityKinds.length === 0) {
          el.textContent = '';
          continue;
        }
        el.textContent = carrier.entityKinds
          .map((kind) => plural(list.filter((e) => e.kind === kind).length, kind))
          .join(' · ');
      }
    },
  };
}
