// The admin API (specs: carrier-specs/mock-admin.yaml), the console's only data source.

// The console lives at <admin>/console/, so the admin API is wherever that prefix is.
const ADMIN = location.pathname.replace(/\/console(\/.*)?$/, '');

/** An admin API error: {"error": "<code>", "message": "..."} with its status. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function call(method, path, { query, body } = {}) {
  const url = new URL(ADMIN + path, location.origin);
  for (const [name, value] of Object.entries(query || {})) {
    if (value != null && value !== '') url.searchParams.set(name, value);
  }
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, data?.error ?? 'error', data?.message ?? `${response.status} ${response.statusText}`);
  }
  return data;
}

const seg = encodeURIComponent;

export const api = {
  health: () => call('GET', '/health'),
  carriers: () => call('GET', '/carriers'),
  clock: () => call('GET', '/clock'),
  setClock: (mode, instant) => call('PUT', '/clock', { body: instant ? { mode, instant } : { mode } }),
  advanceClock: (duration) => call('POST', '/clock/advance', { body: { duration } }),
  entities: (carrier) => call('GET', `/${seg(carrier)}/entities`),
  forceState: (carrier, kind, id, state) =>
    call('POST', `/${seg(carrier)}/${seg(kind)}/${seg(id)}/state`, { body: { state } }),
  reset: (carrier) => call('POST', '/reset', { query: { carrier } }),
  journal: (query) => call('GET', '/journal', { query }),
  clearJournal: () => call('DELETE', '/journal'),
  faults: () => call('GET', '/faults'),
  addFault: (rule) => call('POST', '/faults', { body: rule }),
  removeFault: (id) => call('DELETE', '/faults', { query: { id } }),
};
