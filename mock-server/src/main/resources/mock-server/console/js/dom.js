// Building the page. Everything that comes from the server (journal bodies, ids, accounts) goes
// into the DOM as text nodes or attribute values, never as HTML: h() has no way to set markup.

/** h('td', {class: 'x', onclick: f}, 'text', otherNode) -> a new element. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'value' || key === 'checked' || key === 'selected' || key === 'disabled') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const CARRIER_NAMES = {
  cnexpress: 'CNExpress',
  trackingmore: 'TrackingMore',
  cj: 'CJ logistics',
  'package-tracking': 'Package tracking',
  cdek: 'CDEK',
};

export function carrierName(id) {
  return CARRIER_NAMES[id] || id;
}

export function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** 2026-01-01T00:10:00.250Z -> "2026-01-01 00:10:00" (UTC, like the mock clock). */
export function formatInstant(iso) {
  if (!iso) return '';
  return iso.replace('T', ' ').replace(/(\.\d+)?Z$/, '');
}

/** The time part only: "00:10:00". */
export function formatTime(iso) {
  return formatInstant(iso).slice(11);
}

/** Milliseconds -> "45 s", "10 min", "2 h 5 min", "3 d 4 h". */
export function formatSpan(ms) {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const hrs = Math.floor(m / 60);
  if (hrs < 24) return m % 60 ? `${hrs} h ${m % 60} min` : `${hrs} h`;
  const d = Math.floor(hrs / 24);
  return hrs % 24 ? `${d} d ${hrs % 24} h` : `${d} d`;
}

/** How long before `now` an instant was, e.g. "10 min ago". */
export function ago(iso, nowIso) {
  const ms = Date.parse(nowIso) - Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  return ms < 1000 ? 'just now' : `${formatSpan(ms)} ago`;
}

export function formatLatency(micros) {
  if (micros < 1000) return `${(micros / 1000).toFixed(2)} ms`;
  if (micros < 1_000_000) return `${Math.round(micros / 1000)} ms`;
  return `${(micros / 1_000_000).toFixed(1)} s`;
}

/** A badge for a state, coloured by what the name suggests (the API does not say). */
export function stateBadge(state, machine) {
  return h('span', { class: `badge badge-${stateTone(state, machine)}`, dataset: { state } }, state);
}

function stateTone(state, machine) {
  const name = String(state).toLowerCase();
  if (/fail|lost|cancel|reject|error|invalid|return|expire|refus|declin/.test(name)) return 'bad';
  if (/deliver|succe|complete|done|issued|accept|paid|receiv/.test(name)) return 'good';
  if (machine && machine.finals.includes(state)) return 'final';
  if (machine && machine.initial === state) return 'new';
  return 'moving';
}

/** A button that copies `text`, and says so. */
export function copyButton(text, label = 'Copy') {
  const button = h('button', {
    class: 'btn btn-copy', type: 'button', title: `Copy ${text}`, dataset: { copy: text },
    onclick: async (event) => {
      event.stopPropagation();
      const ok = await copy(text);
      button.textContent = ok ? 'Copied' : 'Select + Ctrl-C';
      button.classList.toggle('copied', ok);
      setTimeout(() => { button.textContent = label; button.classList.remove('copied'); }, 1500);
    },
  }, label);
  return button;
}

async function copy(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch (e) {
    // fall through: plain http on another host has no clipboard API
  }
  const area = h('textarea', { class: 'offscreen', readonly: true });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch (e) {
    ok = false;
  }
  area.remove();
  return ok;
}

/**
 * A destructive button that asks once more: the first click arms it ("Click again to ..."), a
 * second click within 4 seconds runs the action.
 */
export function confirmingButton(props, label, armedLabel, action) {
  let timer = null;
  const button = h('button', {
    type: 'button', ...props,
    onclick: (event) => {
      event.stopPropagation();
      if (!button.classList.contains('armed')) {
        button.classList.add('armed');
        button.textContent = armedLabel;
        timer = setTimeout(disarm, 4000);
        return;
      }
      disarm();
      action();
    },
  }, label);
  function disarm() {
    clearTimeout(timer);
    button.classList.remove('armed');
    button.textContent = label;
  }
  return button;
}

/** Makes an existing button confirming (the static ones in index.html). */
export function armConfirm(button, armedLabel, action) {
  const replacement = confirmingButton({ id: button.id, class: button.className, title: button.title },
    button.textContent, armedLabel, action);
  button.replaceWith(replacement);
  return replacement;
}
