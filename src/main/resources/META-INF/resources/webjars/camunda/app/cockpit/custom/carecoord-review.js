// CareCoord for reviewers in Cockpit: "Episodes" in the top navigation lists running and finished care episodes
// (Cockpit itself lists running instances only); each opens the episode's whole audit trail, with a CSV download.
// Read-only. Calls CareCoord's /api with the user's Cockpit session (same origin, cookie; GET only, so no CSRF
// header is needed). Every value is put into the page as text, never as HTML.

import {el, field, PROGRAMS, select} from './carecoord-cockpit-ui.js';

const API = '/api';
const LIST_PATH = '/carecoord/episodes';
const FORBIDDEN = 'Only managers and reviewers can open episodes.';

const STATUSES = [['', 'Any status'], ['running', 'Running'], ['closed', 'Closed'], ['planned', 'Planned'],
  ['active', 'Active'], ['finished', 'Finished'], ['cancelled', 'Cancelled']];
const REASONS = [['', 'Any reason'], ['goals-met', 'Goals met'], ['patient-declined', 'Patient declined'],
  ['transferred', 'Transferred'], ['lost-to-follow-up', 'Lost to follow-up'], ['deceased', 'Deceased'],
  ['moved-out-of-area', 'Moved out of area'], ['other', 'Other']];
const SOURCES = {engine: 'Engine', case: 'Case record', audit: 'Audit'};

// The list's filters and page survive a visit to an audit trail and the way back.
const state = {caseNumber: '', from: '', to: '', status: '', program: '', coordinator: '', reason: '', page: 1,
  size: 50};

/** An element with attributes/properties and children (strings become text nodes). */
function addStyles() {
  if (document.getElementById('carecoord-review-styles')) {
    return;
  }
  document.head.appendChild(el('style', {id: 'carecoord-review-styles'}, `
    /* fills Cockpit's main area (.ctn-wrapper, which hides overflow) and scrolls itself */
    .carecoord-review { position: absolute; top: 0; bottom: 0; left: 0; right: 0; overflow: auto;
      padding: 15px 20px; }
    .carecoord-review .filters { margin: 10px 0 15px; }
    .carecoord-review .filters .form-group { margin: 0 10px 8px 0; }
    .carecoord-review .filters label { margin-right: 5px; }
    .carecoord-review .paging { margin: 10px 0; }
    .carecoord-review .paging .btn { margin-left: 5px; }
    .carecoord-review td.time { white-space: nowrap; }
    .carecoord-review .muted { color: #777; }
    .carecoord-review .toolbar { margin: 10px 0; }
    .carecoord-review .toolbar > * { margin-right: 10px; }`));
}

/** Readable words for a refused or failed request; never the raw response. */
async function failure(response) {
  let problem = {};
  try {
    problem = await response.json();
  } catch (notJson) {
    // a gateway's HTML page: the status says enough
  }
  if (response.status === 401) {
    return 'Your session has ended. Log in to Cockpit again.';
  }
  if (response.status === 403) {
    return FORBIDDEN;
  }
  if (response.status === 404) {
    return 'There is no such case.';
  }
  if (response.status === 400 && Array.isArray(problem.errors)) {
    return 'Please check the filters: ' + problem.errors.map(e => e.field + ' ' + e.message).join('; ') + '.';
  }
  return 'The request could not be completed (HTTP ' + response.status + ')'
    + (problem.errorId ? '; quote error id ' + problem.errorId : '') + '.';
}

async function getJson(path) {
  const response = await fetch(API + path, {credentials: 'same-origin',
    headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}});
  if (!response.ok) {
    throw new Error(await failure(response));
  }
  return response.json();
}

function message(node, text, kind = 'danger') {
  node.replaceChildren(el('div', {className: 'alert alert-' + kind, role: 'alert'}, text));
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

function label(options, code) {
  const found = options.find(([value]) => value === code);
  return found ? found[1] : code || '';
}

function listPage(node) {
  addStyles();
  const results = el('div', {className: 'results'});
  const form = el('form', {className: 'form-inline filters', name: 'carecoordEpisodeFilters'},
    field('Case number', el('input', {className: 'form-control input-sm', name: 'caseNumber',
      id: 'carecoord-caseNumber', placeholder: 'CC-2026-…', value: state.caseNumber, size: 16})),
    field('Started from', el('input', {className: 'form-control input-sm', type: 'date', name: 'from',
      id: 'carecoord-from', value: state.from})),
    field('to', el('input', {className: 'form-control input-sm', type: 'date', name: 'to', id: 'carecoord-to',
      value: state.to})),
    field('Status', select('status', STATUSES, state.status)),
    field('Program', select('program', PROGRAMS, state.program)),
    field('Coordinator', el('input', {className: 'form-control input-sm', name: 'coordinator',
      id: 'carecoord-coordinator', placeholder: 'user id', value: state.coordinator, size: 12})),
    field('Discharge reason', select('reason', REASONS, state.reason)),
    el('div', {className: 'form-group'},
      el('button', {type: 'submit', className: 'btn btn-primary btn-sm'}, 'Show episodes'), ' ',
      el('button', {type: 'button', className: 'btn btn-default btn-sm', name: 'clear'}, 'Clear')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    ['caseNumber', 'from', 'to', 'status', 'program', 'coordinator', 'reason']
      .forEach(name => { state[name] = form.elements[name].value.trim(); });
    state.page = 1;
    load(results);
  });
  form.elements.clear.addEventListener('click', () => {
    Object.assign(state, {caseNumber: '', from: '', to: '', status: '', program: '', coordinator: '', reason: '',
      page: 1});
    node.replaceChildren();
    listPage(node);
  });
  node.appendChild(el('section', {className: 'carecoord-review carecoord-episodes'},
    el('h2', {}, 'Episodes'),
    el('p', {className: 'muted'}, 'Running and finished care episodes, newest first. Open a case number for the '
      + 'episode\'s whole audit trail: every stage, task, claim and completion, and who read the case.'),
    form, results));
  load(results);
}

// Each load is numbered: an older, slower answer never overwrites a newer one.
let loads = 0;

async function load(results) {
  const current = ++loads;
  results.replaceChildren(el('p', {className: 'muted'}, 'Loading episodes…'));
  const query = new URLSearchParams();
  ['caseNumber', 'from', 'to', 'status', 'program', 'coordinator', 'reason']
    .filter(name => state[name]).forEach(name => query.set(name, state[name]));
  query.set('page', state.page);
  query.set('size', state.size);
  let page;
  try {
    page = await getJson('/episodes?' + query);
  } catch (error) {
    if (current === loads) {
      message(results, error.message);
    }
    return;
  }
  if (current !== loads) {
    return;
  }
  if (page.episodes.length === 0) {
    message(results, 'No episode matches these filters.', 'info');
    return;
  }
  const table = el('table', {className: 'table table-striped table-condensed carecoord-episode-table'},
    el('thead', {}, el('tr', {}, ['Case number', 'Program', 'Coordinator', 'Stage', 'Status', 'Discharge reason',
      'Started', 'Ended'].map(text => el('th', {}, text)))),
    el('tbody', {}, page.episodes.map(episode => el('tr', {'data-case-number': episode.caseNumber},
      el('td', {}, el('a', {href: '#' + LIST_PATH + '/' + encodeURIComponent(episode.caseId),
        title: 'Audit trail of ' + episode.caseNumber}, episode.caseNumber)),
      el('td', {}, label(PROGRAMS, episode.program)),
      el('td', {}, episode.coordinator || '—'),
      el('td', {}, episode.stage || '—'),
      el('td', {}, episode.status === 'running' ? 'Running (' + episode.caseStatus + ')'
        : 'Closed (' + episode.caseStatus + ')'),
      el('td', {}, episode.dischargeReason ? label(REASONS, episode.dischargeReason) : ''),
      el('td', {className: 'time'}, when(episode.startedAt)),
      el('td', {className: 'time'}, when(episode.endedAt))))));
  const first = (page.page - 1) * page.size + 1;
  const last = first + page.episodes.length - 1;
  const previous = el('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: page.page <= 1},
    '‹ Previous');
  const next = el('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: last >= page.total},
    'Next ›');
  previous.addEventListener('click', () => { state.page -= 1; load(results); });
  next.addEventListener('click', () => { state.page += 1; load(results); });
  results.replaceChildren(table, el('div', {className: 'paging'},
    el('span', {className: 'muted'}, 'Episodes ' + first + '–' + last + ' of ' + page.total), previous, next));
}

function trailPage(node) {
  addStyles();
  const match = /^#\/carecoord\/episodes\/(\d{1,18})(?:[/?]|$)/.exec(window.location.hash);
  const section = el('section', {className: 'carecoord-review carecoord-audit-trail'},
    el('p', {}, el('a', {href: '#' + LIST_PATH, className: 'back'}, '‹ Back to episodes')));
  node.appendChild(section);
  const body = el('div', {}, el('p', {className: 'muted'}, 'Loading the audit trail…'));
  section.appendChild(body);
  if (!match) {
    message(body, 'There is no such case.');
    return;
  }
  showTrail(body, match[1]);
}

async function showTrail(body, caseId) {
  let trail;
  try {
    trail = await getJson('/cases/' + caseId + '/audit-trail');
  } catch (error) {
    message(body, error.message);
    return;
  }
  const csv = el('a', {className: 'btn btn-default btn-sm download-csv', download: 'audit-trail-' + trail.caseNumber
    + '.csv', href: API + '/cases/' + encodeURIComponent(trail.caseId) + '/audit-trail?format=csv'},
  'Download CSV');
  body.replaceChildren(...[
    el('h2', {}, 'Audit trail · ' + trail.caseNumber),
    el('div', {className: 'toolbar'},
      el('span', {}, 'Case ' + trail.caseStatus),
      el('span', {className: 'muted'}, trail.rows.length + ' entries from ' + trail.instances
        + ' process instances, oldest first'),
      csv),
    trail.truncated ? el('div', {className: 'alert alert-warning'}, 'This trail is longer than ' + trail.rowLimit
      + ' entries; the first ' + trail.rowLimit + ' are shown and exported.') : null,
    el('p', {className: 'muted'}, 'Variable changes show names only; notes and other text typed about the patient '
      + 'stay in the case record.'),
    el('table', {className: 'table table-striped table-condensed carecoord-trail-table'},
      el('thead', {}, el('tr', {}, ['Time', 'Source', 'Kind', 'Process', 'What', 'Who', 'Details', 'Ended']
        .map(text => el('th', {}, text)))),
      el('tbody', {}, trail.rows.map(row => el('tr', {},
        el('td', {className: 'time'}, when(row.time)),
        el('td', {}, SOURCES[row.source] || row.source),
        el('td', {}, row.kind || ''),
        el('td', {}, row.process || ''),
        el('td', {}, row.what || ''),
        el('td', {}, row.who || ''),
        el('td', {}, row.detail || ''),
        el('td', {className: 'time'}, when(row.end))))))].filter(Boolean));
}

export default [
  {
    id: 'carecoord-review-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    // Cockpit marks the entry active while the address contains this path
    properties: {path: LIST_PATH},
    render(node) {
      node.appendChild(el('a', {href: '#' + LIST_PATH}, 'Episodes'));
    }
  },
  {
    id: 'carecoord-review-episodes',
    pluginPoint: 'cockpit.route',
    properties: {path: LIST_PATH},
    render(node) {
      listPage(node);
    }
  },
  {
    id: 'carecoord-review-audit-trail',
    pluginPoint: 'cockpit.route',
    // Cockpit passes a route plugin no parameters: the case id is read from the address
    properties: {path: LIST_PATH + '/:caseId'},
    render(node) {
      trailPage(node);
    }
  }
];
