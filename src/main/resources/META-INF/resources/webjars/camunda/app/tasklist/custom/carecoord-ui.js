// CareCoord's Tasklist plugins share these: calls to CareCoord's /api with the Tasklist login (the session cookie;
// changing calls send the webapp's CSRF token) and small DOM helpers that put every value in as text, never as HTML.

export const API = '/api';

export async function getJson(path) {
  // X-Requested-With: an ended session answers 401 without a Basic challenge (no browser password prompt)
  const response = await fetch(path, {credentials: 'same-origin',
    headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}});
  if (!response.ok) {
    const error = new Error('HTTP ' + response.status);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

// ---- small DOM helpers: text only -------------------------------------------------------------------------------

export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => {
    if (child === null || child === undefined) {
      return;
    }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

export function words(code) {
  return code === null || code === undefined || code === '' ? '—' : String(code).replace(/[-_]/g, ' ');
}

export function localDate(value) {
  if (!value) {
    return '—';
  }
  const [year, month, day] = String(value).split('-').map(Number);
  return new Date(year, month - 1, day).toLocaleDateString(undefined, {dateStyle: 'medium'});
}

export function language(code) {
  try {
    return new Intl.DisplayNames([navigator.language || 'en'], {type: 'language'}).of(code) || code;
  } catch (error) {
    return code;
  }
}

export function dayOf(instant) {
  return instant ? new Date(instant).toLocaleDateString(undefined, {dateStyle: 'medium'}) : '—';
}

export function localDateTime(value) {
  return value ? new Date(value).toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'}) : '—';
}

export function section(title, ...content) {
  return el('section', {class: 'carecoord-section'}, el('h4', {}, title), ...content);
}

export function table(headers, rows, emptyText) {
  if (!rows.length) {
    return el('p', {class: 'text-muted'}, emptyText);
  }
  return el('table', {class: 'table table-condensed table-striped'},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c))))));
}

export function facts(pairs) {
  return el('dl', {class: 'dl-horizontal carecoord-facts'},
    pairs.filter(([, value]) => value !== undefined).flatMap(([term, value]) =>
      [el('dt', {}, term), el('dd', {}, value === null || value === '' ? '—' : value)]));
}

export function label(text, kind) {
  return el('span', {class: 'label label-' + kind}, text);
}

export function tierLabel(tier) {
  return tier ? label(tier, {high: 'danger', medium: 'warning', low: 'success'}[tier] || 'default') : '—';
}

function csrfToken() {
  const cookie = document.cookie.split(';').map(part => part.trim())
    .find(part => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function send(method, path, headers, body) {
  let response;
  try {
    response = await fetch(path, {method, credentials: 'same-origin', body,
      headers: Object.assign({Accept: 'application/json, application/problem+json',
        'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': csrfToken()}, headers)});
  } catch (error) {
    return {status: 0, data: null};
  }
  let data = null;
  try {
    data = await response.json();
  } catch (error) {
    data = null;
  }
  return {status: response.status, data};
}

/** A changing JSON call: resolves to {status, data} (data: the answer's JSON or problem+json; status 0: unreachable). */
export function sendJson(method, path, body) {
  return send(method, path, {'Content-Type': 'application/json'}, body === undefined ? undefined : JSON.stringify(body));
}

/** A multipart upload (FormData): resolves to {status, data} as sendJson does. */
export function sendForm(path, formData) {
  return send('POST', path, {}, formData);
}

/** A refusal in words: the server's detail, field by field for invalid input. */
export function problemText(result) {
  if (result.status === 0) {
    return 'CareCoord could not be reached. Check the connection and try again.';
  }
  if (result.status === 401) {
    return 'Your session has ended. Log in again.';
  }
  const problem = result.data || {};
  const fields = (problem.errors || problem.fieldErrors || []).map(e => (e.field ? e.field + ': ' : '') + (e.message || e.detail || ''));
  return [problem.detail || problem.title || ('The request failed (' + result.status + ').')].concat(fields).join(' ');
}
