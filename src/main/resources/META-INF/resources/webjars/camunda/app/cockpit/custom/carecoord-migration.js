// CareCoord in Cockpit: managers move running cases to another version of a model (issue #10 §3).
// Calls CareCoord's /api with the Cockpit login (session cookie); changing calls send the webapp's CSRF token.
// Every value is put into the page as text (textContent), never as HTML.

import {el} from './carecoord-cockpit-ui.js';

const ROUTE = '/carecoord/migrations';
const API = '/api/admin/migrations';

function csrfToken(api) {
  const cookie = document.cookie.split(';').map(part => part.trim())
    .find(part => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : (api && api.CSRFToken) || '';
}

async function call(api, method, url, body) {
  // X-Requested-With: an ended session answers 401 without a Basic challenge (no browser password prompt)
  const headers = {Accept: 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest'};
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-XSRF-TOKEN'] = csrfToken(api);
  }
  let response;
  try {
    response = await fetch(url, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
    });
  } catch (e) {
    return {status: 0, data: null};
  }
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    data = null;
  }
  return {status: response.status, data};
}

/** A refusal in words: the server's own detail where it gives one, field by field for invalid input. */
function problemText(result) {
  if (result.status === 0) {
    return 'CareCoord could not be reached. Check the connection and try again.';
  }
  if (result.status === 401) {
    return 'Your session has ended. Log in to Cockpit again.';
  }
  if (result.status === 403) {
    return (result.data && result.data.detail)
      || 'Only managers and administrators can migrate running cases to another model version.';
  }
  if (result.data && Array.isArray(result.data.errors) && result.data.errors.length) {
    return result.data.errors.map(error => error.field + ' ' + error.message).join('; ');
  }
  if (result.data && result.data.detail) {
    return result.data.detail;
  }
  return 'The request failed (' + result.status + '). Nothing was migrated.';
}

function alertBox(kind, ...content) {
  return el('div', {class: 'alert alert-' + kind, role: kind === 'danger' ? 'alert' : 'status'}, ...content);
}

function table(headings, rows) {
  return el('table', {class: 'table table-bordered table-condensed'},
    el('thead', {}, el('tr', {}, headings.map(heading => el('th', {text: heading})))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(cell => el('td', {text: String(cell)}))))));
}

function previewView(preview) {
  const parts = [];
  parts.push(el('h3', {text: 'Dry run: version ' + preview.fromVersion + ' to ' + preview.toVersion}));
  parts.push(preview.canMigrate
    ? alertBox('success', preview.instanceCount + ' running case(s) can move to version ' + preview.toVersion
      + '. Nothing has been changed yet.')
    : alertBox('warning', preview.instanceCount === 0
      ? 'No case runs on version ' + preview.fromVersion + '; there is nothing to migrate.'
      : 'Not every running case can move. Nothing has been changed.'));

  parts.push(el('h4', {text: 'Running instances (' + preview.instanceCount + ')'}));
  parts.push(preview.instances.length
    ? table(['Case number', 'Process instance'],
      preview.instances.map(i => [i.caseNumber || '—', i.processInstanceId]))
    : el('p', {class: 'text-muted', text: 'None.'}));
  if (preview.instancesTruncated) {
    parts.push(el('p', {class: 'text-muted', text: 'The first ' + preview.instances.length + ' are listed.'}));
  }

  parts.push(el('h4', {text: 'Activities without a counterpart in version ' + preview.toVersion
    + ' (' + preview.unmappedActivities.length + ')'}));
  parts.push(preview.unmappedActivities.length
    ? table(['Activity', 'Id', 'Cases waiting there'],
      preview.unmappedActivities.map(a => [a.activityName, a.activityId, a.activeInstances]))
    : el('p', {class: 'text-muted', text: 'None: every active activity maps to version ' + preview.toVersion + '.'}));

  if (preview.problems.length) {
    parts.push(el('h4', {text: 'Why cases cannot move'}));
    parts.push(el('ul', {class: 'carecoord-migration-problems'}, preview.problems.map(p => el('li', {text: p}))));
  }
  return el('div', {class: 'carecoord-migration-preview'}, parts);
}

function renderPage(node, api) {
  const state = {definitions: [], preview: null};
  const processSelect = el('select', {id: 'carecoord-migration-process', class: 'form-control'});
  const fromSelect = el('select', {id: 'carecoord-migration-from', class: 'form-control'});
  const toSelect = el('select', {id: 'carecoord-migration-to', class: 'form-control'});
  const dryRunButton = el('button', {type: 'button', class: 'btn btn-default', text: 'Dry run'});
  const migrateButton = el('button', {type: 'button', class: 'btn btn-primary', text: 'Migrate', disabled: true});
  const messages = el('div', {class: 'carecoord-migration-messages', 'aria-live': 'polite'});
  const results = el('div', {class: 'carecoord-migration-results'});

  function selected() {
    return {
      processDefinitionKey: processSelect.value,
      fromVersion: Number(fromSelect.value),
      toVersion: Number(toSelect.value)
    };
  }

  function show(...content) {
    messages.replaceChildren(...content);
  }

  function fillVersions() {
    const definition = state.definitions.find(d => d.key === processSelect.value);
    const versions = definition ? definition.versions : [];
    fromSelect.replaceChildren(...versions.map(v => el('option', {
      value: v.version, text: 'Version ' + v.version + ' — ' + v.runningInstances + ' running'
    })));
    toSelect.replaceChildren(...versions.map(v => el('option', {value: v.version, text: 'Version ' + v.version})));
    const running = versions.filter(v => v.runningInstances > 0);
    if (running.length) {
      fromSelect.value = String(running[0].version);
    }
    if (versions.length) {
      toSelect.value = String(versions[versions.length - 1].version);
    }
    selectionChanged();
  }

  function selectionChanged() {
    state.preview = null;
    migrateButton.disabled = true;
    results.replaceChildren();
  }

  async function dryRun() {
    const request = Object.assign(selected(), {dryRun: true});
    dryRunButton.disabled = true;
    show(alertBox('info', 'Checking which cases can move…'));
    const result = await call(api, 'POST', API, request);
    dryRunButton.disabled = false;
    if (result.status !== 200) {
      show(alertBox('danger', problemText(result)));
      return;
    }
    show();
    state.preview = result.data;
    results.replaceChildren(previewView(result.data));
    migrateButton.disabled = !result.data.canMigrate;
  }

  async function migrate() {
    const preview = state.preview;
    if (!preview || !preview.canMigrate) {
      return;
    }
    const question = 'Move ' + preview.instanceCount + ' running case(s) of ' + preview.processDefinitionKey
      + ' from version ' + preview.fromVersion + ' to version ' + preview.toVersion + '?';
    if (!window.confirm(question)) {
      return;
    }
    migrateButton.disabled = true;
    const result = await call(api, 'POST', API, Object.assign(selected(), {dryRun: false}));
    if (result.status !== 202) {
      show(alertBox('danger', problemText(result)));
      return;
    }
    state.preview = null;
    show(alertBox('success', 'Migration started as batch ',
      el('a', {href: result.data.cockpitLink, class: 'carecoord-migration-batch', text: result.data.batchId}),
      ' (' + result.data.instanceCount + ' case(s)). Cockpit\'s Batches page shows its progress.'));
  }

  processSelect.addEventListener('change', fillVersions);
  fromSelect.addEventListener('change', selectionChanged);
  toSelect.addEventListener('change', selectionChanged);
  dryRunButton.addEventListener('click', dryRun);
  migrateButton.addEventListener('click', migrate);

  const field = (label, control) => el('div', {class: 'form-group'},
    el('label', {for: control.id, text: label}), control);

  node.replaceChildren(el('div', {class: 'carecoord-migration', style: 'padding: 15px 20px'},
    el('h2', {text: 'Migrate running cases'}),
    el('p', {class: 'text-muted', text: 'Move the running instances of one version of a process to another. '
      + 'A dry run shows which cases would move and which activities have no counterpart; nothing changes '
      + 'until you migrate.'}),
    el('form', {class: 'form-inline', onsubmit: event => event.preventDefault()},
      field('Process ', processSelect), ' ', field('From ', fromSelect), ' ', field('To ', toSelect), ' ',
      dryRunButton, ' ', migrateButton),
    messages, results));

  call(api, 'GET', API + '/definitions').then(result => {
    if (result.status !== 200) {
      show(alertBox('danger', problemText(result)));
      dryRunButton.disabled = true;
      return;
    }
    state.definitions = result.data;
    processSelect.replaceChildren(...state.definitions.map(d => el('option', {
      value: d.key, text: (d.name || d.key) + ' (' + d.key + ')'
    })));
    const withRunning = state.definitions.find(d => d.versions.length > 1
      && d.versions.some(v => v.runningInstances > 0));
    if (withRunning) {
      processSelect.value = withRunning.key;
    }
    fillVersions();
  });
}

export default [
  {
    id: 'carecoord.migration.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 30,
    properties: {
      label: 'Migrations',
      pagePath: '#' + ROUTE,
      checkActive: path => path.indexOf('#' + ROUTE) !== -1
    },
    render: node => {
      node.replaceChildren(el('a', {href: '#' + ROUTE, text: 'Migrations'}));
    }
  },
  {
    id: 'carecoord.migration.page',
    pluginPoint: 'cockpit.route',
    properties: {path: ROUTE, label: 'Migrations'},
    render: (node, {api} = {}) => renderPage(node, api)
  }
];
