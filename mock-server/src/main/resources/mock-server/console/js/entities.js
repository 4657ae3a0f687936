// Stored entities per carrier: state badge, timeline on expand, force a state.
import { api } from './api.js';
import { ago, carrierName, fill, formatInstant, formatSpan, h, plural, stateBadge } from './dom.js';

// a table of thousands of rows helps nobody and redraws slowly: the newest ones are shown
const MAX_ROWS = 200;

export function entityTables(app) {
  const root = document.getElementById('entity-tables');
  const expanded = new Set(); // "<carrier>/<kind>/<id>" of the rows showing their timeline
  const chosen = new Map(); // the same key -> the state picked in its select, kept across refreshes
  let last = null;
  let drawn = null; // what is on screen, to leave the DOM alone (and clicks working) when nothing changed

  function block(carrier, entities, now) {
    const machines = new Map(carrier.stateMachines.map((m) => [m.kind, m]));
    const kinds = carrier.entityKinds.map((kind) => `${kind}s`).join(', ');
    return h('div', { class: 'panel entity-block', dataset: { carrier: carrier.id } },
      h('header', { class: 'block-head' },
        h('h3', null, carrierName(carrier.id)),
        h('span', { class: 'muted' }, carrier.entityKinds.map((kind) =>
          plural(entities.filter((e) => e.kind === kind).length, kind)).join(' · '))),
      h('table', { class: 'data entities' },
        h('thead', null, h('tr', null,
          h('th', { class: 'col-toggle' }), h('th', null, 'ID'), h('th', null, 'Kind'), h('th', null, 'Account'),
          h('th', null, 'State'), h('th', null, 'Since'), h('th', { class: 'col-force' }, 'Force state'))),
        h('tbody', null, entities.length === 0
          ? h('tr', { class: 'empty-row' }, h('td', { colspan: 7 },
            `No ${kinds || 'entities'} stored. Create some through ${location.origin}${carrier.basePath}.`))
          : [
            entities.slice(-MAX_ROWS).map((entity) => rows(carrier, entity, machines.get(entity.kind), now)),
            entities.length > MAX_ROWS
              ? h('tr', { class: 'empty-row' }, h('td', { colspan: 7 }, `… and ${entities.length - MAX_ROWS} older not shown`))
              : null,
          ])));
  }

  function rows(carrier, entity, machine, now) {
    const key = `${carrier.id}/${entity.kind}/${entity.id}`;
    const open = expanded.has(key);
    const since = entity.timeline.length ? entity.timeline[entity.timeline.length - 1].at : null;
    const row = h('tr', {
      class: `entity-row${open ? ' open' : ''}`, dataset: { key, id: entity.id, state: entity.state }, tabindex: 0,
      'aria-expanded': String(open),
      onclick: () => toggle(key),
      onkeydown: (event) => { if (event.key === 'Enter') toggle(key); },
    },
    h('td', { class: 'col-toggle' }, h('span', { class: 'chevron' }, '›')),
    h('td', null, h('code', { class: 'entity-id' }, entity.id)),
    h('td', null, entity.kind),
    h('td', null, entity.credentialId),
    h('td', { class: 'entity-state' }, stateBadge(entity.state, machine)),
    h('td', { class: 'since' }, since
      ? [formatInstant(since), h('span', { class: 'muted' }, ' · ', h('span', { class: 'ago', dataset: { at: since } }, ago(since, now)))]
      : ''),
    h('td', { class: 'col-force', onclick: (event) => event.stopPropagation() }, forceControl(carrier, entity, machine, key)));
    if (!open) return row;
    return [row, h('tr', { class: 'timeline-row', dataset: { key } },
      h('td', { colspan: 7 }, timeline(entity, machine)))];
  }

  function forceControl(carrier, entity, machine, key) {
    const states = machine ? machine.states.filter((s) => s !== entity.state) : [];
    if (states.length === 0) return h('span', { class: 'muted' }, machine ? '' : 'no state machine');
    // the machine's own moves first; the carrier decides whether the others may be forced
    const ahead = reachable(machine, entity.state);
    const option = (state) => h('option', { value: state, selected: chosen.get(key) === state }, state);
    const groups = [['Ahead by the machine', states.filter((s) => ahead.has(s))], ['Other states', states.filter((s) => !ahead.has(s))]]
      .filter(([, list]) => list.length > 0);
    const select = h('select', {
      class: 'force-select', 'aria-label': `State to force ${entity.id} into`,
      onchange: () => chosen.set(key, select.value),
    },
    h('option', { value: '' }, 'Choose…'),
    groups.length === 1 ? groups[0][1].map(option) : groups.map(([label, list]) => h('optgroup', { label }, list.map(option))));
    const button = h('button', {
      class: 'btn btn-small force-button', type: 'button',
      onclick: () => {
        if (!select.value) {
          app.toast(`Choose the state to force ${entity.id} into`, 'error');
          return;
        }
        const state = select.value;
        chosen.delete(key);
        app.act(() => api.forceState(carrier.id, entity.kind, entity.id, state), `${entity.id} forced into ${state}`);
      },
    }, 'Force');
    return h('div', { class: 'force' }, select, button);
  }

  /** The states the machine's transitions lead to from `state`, one or more moves away. */
  function reachable(machine, state) {
    const seen = new Set();
    const todo = [state];
    while (todo.length > 0) {
      const from = todo.pop();
      for (const t of machine.transitions) {
        if (t.from === from && !seen.has(t.to)) {
          seen.add(t.to);
          todo.push(t.to);
        }
      }
    }
    return seen;
  }

  function timeline(entity, machine) {
    const steps = entity.timeline.map((step, i) => {
      const previous = i > 0 ? entity.timeline[i - 1] : null;
      return h('li', { class: 'step' },
        stateBadge(step.state, machine),
        h('span', { class: 'mono' }, formatInstant(step.at)),
        previous && step.at !== previous.at
          ? h('span', { class: 'muted' }, `+${formatSpan(Date.parse(step.at) - Date.parse(previous.at))}`) : null);
    });
    const next = machine ? machine.transitions.filter((t) => t.from === entity.state) : [];
    return h('div', { class: 'timeline-box' },
      h('ol', { class: 'timeline' }, steps),
      h('p', { class: 'next' }, next.length === 0
        ? (machine && machine.finals.includes(entity.state) ? 'Final state: nothing moves it any more.' : '')
        : ['Next: ', next.map((t, i) => [i ? ' · ' : '', stateBadge(t.to, machine), ` ${t.trigger}`])]));
  }

  function toggle(key) {
    if (expanded.has(key)) expanded.delete(key); else expanded.add(key);
    if (last) draw(last);
  }

  function draw({ carriers, entities, clock }) {
    const shown = carriers.filter((c) => c.entityKinds.length > 0 || (entities.get(c.id) || []).length > 0);
    fill(root, shown.length === 0
      ? h('p', { class: 'panel empty' }, 'No carrier on this server stores entities yet.')
      : shown.map((c) => block(c, entities.get(c.id) || [], clock.instant)));
  }

  return {
    render(data) {
      last = data;
      const signature = JSON.stringify([data.carriers.map((c) => c.id), [...data.entities]]);
      // re-drawing would close a select the user has open: the next refresh after it loses focus draws
      const choosing = root.contains(document.activeElement) && document.activeElement.tagName === 'SELECT';
      if (signature !== drawn && !choosing) {
        drawn = signature;
        draw(data);
      }
      // a running clock only ages the rows: update that text in place, the rows stay as they are
      for (const el of root.querySelectorAll('.ago')) el.textContent = ago(el.dataset.at, data.clock.instant);
    },
  };
}
