// Wires the panels to the admin API: one refresh reads everything, every action refreshes.
import { api, ApiError } from './api.js';
import { carrierCards } from './carriers.js';
import { clockPanel } from './clock.js';
import { armConfirm, h } from './dom.js';
import { entityTables } from './entities.js';
import { faultsPanel } from './faults.js';
import { journalPanel } from './journal.js';

const REFRESH_MS = 2000;

const healthPill = document.getElementById('health');
const updated = document.getElementById('updated');
const autoRefresh = document.getElementById('auto-refresh');
const toasts = document.getElementById('toasts');

let carriers = null; // the served carriers, described; read once (they do not change while the server runs)
let inFlight = null;
let again = false;

const app = {
  refresh,
  toast,
  /** Runs an admin call, says how it went, refreshes; resolves to whether it worked. */
  async act(call, success) {
    try {
      await call();
      toast(success, 'good');
      await refresh();
      return true;
    } catch (e) {
      toast(e instanceof ApiError ? `${e.message} (${e.status} ${e.code})` : `The server did not answer: ${e.message}`, 'error');
      return false;
    }
  },
};

const clock = clockPanel(app);
const cards = carrierCards(app);
const entities = entityTables(app);
const journal = journalPanel(app);
const faults = faultsPanel(app);

armConfirm(document.getElementById('reset-all'), 'Click again to reset all',
  () => app.act(() => api.reset(), 'Everything reset: stored data, tokens, journal and faults'));
document.getElementById('refresh').addEventListener('click', () => refresh());
autoRefresh.addEventListener('change', () => { if (autoRefresh.checked) refresh(); });

/** Reads everything the page shows. Calls made while one runs are folded into one more run. */
function refresh() {
  if (inFlight) {
    again = true;
    return inFlight;
  }
  inFlight = load().finally(() => {
    inFlight = null;
    if (again) {
      again = false;
      refresh();
    }
  });
  return inFlight;
}

async function load() {
  try {
    if (!carriers) {
      carriers = (await api.carriers()).carriers;
      cards.render(carriers);
      journal.renderCarriers(carriers);
      faults.renderCarriers(carriers);
    }
    const withEntities = carriers.filter((c) => c.entityKinds.length > 0);
    const [health, reading, lists, page, rules] = await Promise.all([
      api.health(),
      api.clock(),
      Promise.all(withEntities.map((c) => api.entities(c.id))),
      api.journal(journal.query()),
      api.faults(),
    ]);
    const byCarrier = new Map(withEntities.map((c, i) => [c.id, lists[i].entities]));
    healthPill.textContent = `${health.status} · ${carriers.length} carrier${carriers.length === 1 ? '' : 's'}`;
    healthPill.className = 'pill pill-good';
    clock.render(reading);
    cards.renderCounts(carriers, byCarrier);
    entities.render({ carriers, entities: byCarrier, clock: reading });
    journal.render(page);
    faults.render(rules);
    updated.textContent = `updated ${new Date().toLocaleTimeString()}`;
  } catch (e) {
    carriers = null; // read them again when it answers: it may be another server (restarted, other config)
    healthPill.textContent = 'unreachable';
    healthPill.className = 'pill pill-bad';
    updated.textContent = e instanceof ApiError ? e.message : 'the mock server does not answer';
  }
}

function toast(message, tone = 'good') {
  const el = h('div', { class: `toast toast-${tone}`, role: tone === 'error' ? 'alert' : 'status' }, message);
  toasts.append(el);
  setTimeout(() => el.classList.add('leaving'), tone === 'error' ? 6000 : 2500);
  setTimeout(() => el.remove(), tone === 'error' ? 6400 : 2900);
}

setInterval(() => {
  if (autoRefresh.checked && !document.hidden) refresh();
}, REFRESH_MS);
refresh();
