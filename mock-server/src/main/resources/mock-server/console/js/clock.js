// The clock every state is derived from: read it, move it forward, freeze it or let it run.
import { api } from './api.js';
import { fill, formatInstant, h } from './dom.js';

const PRESETS = [['+1 min', 'PT1M'], ['+10 min', 'PT10M'], ['+1 h', 'PT1H'], ['+1 day', 'P1D']];

// What the server accepts (mock-admin.yaml's ClockAdvance pattern), with at least one amount.
const DURATION = /^P(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

export function clockPanel(app) {
  const root = document.getElementById('clock');
  const mode = h('span', { id: 'clock-mode', class: 'pill' });
  const now = h('span', { id: 'clock-now', class: 'clock-now mono' });
  const detail = h('span', { id: 'clock-detail', class: 'hint' });
  const modeToggle = h('button', { id: 'clock-mode-toggle', class: 'btn btn-ghost', type: 'button', onclick: toggleMode });
  const input = h('input', {
    id: 'advance-by', class: 'mono', placeholder: 'PT2H30M', spellcheck: 'false', autocomplete: 'off',
    'aria-label': 'ISO-8601 duration', oninput: () => input.classList.remove('invalid'),
  });
  let current = null;

  fill(root,
    h('div', { class: 'clock-reading' }, h('span', { class: 'clock-label' }, 'Mock clock'), mode, now, detail),
    h('div', { class: 'clock-actions' },
      h('span', { class: 'clock-label' }, 'Advance'),
      PRESETS.map(([label, duration]) => h('button', {
        class: 'btn', type: 'button', dataset: { duration }, title: `POST /clock/advance ${duration}`,
        onclick: () => advance(duration),
      }, label)),
      h('form', {
        class: 'advance-form',
        onsubmit: (event) => { event.preventDefault(); advance(input.value.trim().toUpperCase()); },
      }, input, h('button', { id: 'advance', class: 'btn btn-primary', type: 'submit' }, 'Advance')),
      modeToggle));

  function advance(duration) {
    if (!DURATION.test(duration)) {
      input.classList.add('invalid');
      app.toast(`"${duration}" is not an ISO-8601 duration such as PT30S, PT2H30M or P1DT6H`, 'error');
      return;
    }
    app.act(() => api.advanceClock(duration), `Clock advanced by ${duration}`).then((ok) => { if (ok) input.value = ''; });
  }

  function toggleMode() {
    if (!current) return;
    const next = current.mode === 'virtual' ? 'system' : 'virtual';
    app.act(() => api.setClock(next), next === 'virtual' ? 'Clock frozen' : 'Clock follows real time again');
  }

  return {
    render(clock) {
      current = clock;
      const virtual = clock.mode === 'virtual';
      mode.textContent = virtual ? 'virtual · frozen' : 'system · running';
      mode.className = `pill ${virtual ? 'pill-accent' : 'pill-good'}`;
      mode.title = virtual
        ? 'Frozen: it moves only when you advance or set it, and every state follows it'
        : 'Follows real time (plus any offset)';
      now.textContent = `${formatInstant(clock.instant)} UTC`;
      now.dataset.instant = clock.instant;
      detail.textContent = !virtual && clock.offset !== 'PT0S' ? `real time + ${clock.offset}` : '';
      modeToggle.textContent = virtual ? 'Follow real time' : 'Freeze';
    },
  };
}
