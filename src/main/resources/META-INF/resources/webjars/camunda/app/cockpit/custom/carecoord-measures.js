// CareCoord's program measures in Cockpit: "Measures" in the top navigation shows, per month, the figures of
// GET /api/measures (transitional care, referrals, care-management minutes, outreach, caseload, discharges) as a
// table per group with a bar chart drawn here as inline SVG, and a CSV download of the same figures. For managers
// and reviewers; read-only (GET with the Cockpit session cookie, so no CSRF header). Every value is put into the
// page as text, never as HTML.

import {el, field, PROGRAMS, select} from './carecoord-cockpit-ui.js';

const API = '/api';
const PATH = '/carecoord/measures';
const SVG = 'http://www.w3.org/2000/svg';

// Each group: its title, the figure its chart shows per month, and how that chart reads a month's figures.
const GROUPS = [
  {code: 'transitional-care', title: 'Transitional care', chart: 'Contact within 2 business days',
    pick: figures => share(figures, 'contact-within-2-business-days')},
  {code: 'referrals', title: 'Referrals', chart: 'Loop closure', pick: figures => share(figures, 'loop-closure')},
  {code: 'chronic-care-management', title: 'Chronic care management', chart: 'Patient-months with 20+ minutes',
    pick: figures => share(figures, 'patient-months-with-20-minutes')},
  {code: 'outreach', title: 'Outreach', chart: 'Contacts made of due (all tiers)',
    pick: figures => sumShare(figures, 'contacts-made-of-due')},
  {code: 'caseload', title: 'Caseload', chart: 'Open cases at month end (all coordinators)',
    pick: figures => total(figures, 'open-cases-at-month-end')},
  {code: 'discharges', title: 'Episodes closed', chart: 'Episodes closed',
    pick: figures => total(figures, 'episodes-closed')}
];

const MEASURES = {
  'contact-within-2-business-days': 'Contact within 2 business days',
  'face-to-face-within-7-days': 'Face-to-face visit within 7 days',
  'face-to-face-within-14-days': 'Face-to-face visit within 14 days',
  'medication-reconciled-by-visit': 'Medication reconciled by the visit',
  'loop-closure': 'Loop closure (closed ÷ sent)',
  'median-days-to-close': 'Median days to close',
  'unmet': 'Unmet (cancelled ÷ sent)',
  'unmet-reason': 'Unmet, why',
  'patient-months-with-20-minutes': 'Patients with 20+ minutes (of those contacted)',
  'contacts-made-of-due': 'Contacts made of due, risk tier',
  'unable-to-reach': 'Attempts not reached',
  'open-cases-at-month-end': 'Open cases at month end',
  'balance-coefficient-of-variation': 'Balance (coefficient of variation)',
  'episodes-closed': 'Episodes closed',
  'episodes-closed-by-reason': 'Closed by discharge reason'
};

const state = {from: '', to: '', program: '', coordinator: ''};

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, String(value)));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function addStyles() {
  if (document.getElementById('carecoord-measures-styles')) {
    return;
  }
  document.head.appendChild(el('style', {id: 'carecoord-measures-styles'}, `
    .carecoord-measures { position: absolute; top: 0; bottom: 0; left: 0; right: 0; overflow: auto;
      padding: 15px 20px; }
    .carecoord-measures .filters { margin: 10px 0 15px; }
    .carecoord-measures .filters .form-group { margin: 0 10px 8px 0; }
    .carecoord-measures .filters label { margin-right: 5px; }
    .carecoord-measures .muted { color: #777; }
    .carecoord-measures .measure-group { margin-bottom: 25px; }
    .carecoord-measures .measure-group h3 { margin-top: 10px; }
    .carecoord-measures .chart { margin: 5px 0 10px; }
    .carecoord-measures .chart .bar { fill: #337ab7; }
    .carecoord-measures .chart text { font-size: 11px; fill: #333; }
    .carecoord-measures td.figure { white-space: nowrap; text-align: right; }
    .carecoord-measures td.figure small { color: #777; }`));
}

function share(figures, measure) {
  const f = figures.find(x => x.measure === measure && x.breakdown == null);
  return f ? {value: f.value, share: true} : {value: null, share: true};
}

function sumShare(figures, measure) {
  const rows = figures.filter(x => x.measure === measure);
  const numerator = rows.reduce((sum, x) => sum + (x.numerator || 0), 0);
  const denominator = rows.reduce((sum, x) => sum + (x.denominator || 0), 0);
  return {value: denominator === 0 ? null : numerator / denominator, share: true};
}

function total(figures, measure) {
  return {value: figures.filter(x => x.measure === measure).reduce((sum, x) => sum + (x.numerator || 0), 0), share: false};
}

function formatValue(figure) {
  if (figure.value === null || figure.value === undefined) {
    return '—';
  }
  if (figure.measure === 'median-days-to-close') {
    return figure.value + ' d';
  }
  if (figure.denominator != null && figure.numerator != null) {
    return (Number(figure.value) * 100).toFixed(1) + ' %';
  }
  return String(figure.value);
}

function ratio(figure) {
  if (figure.numerator != null && figure.denominator != null) {
    return figure.numerator + '/' + figure.denominator;
  }
  if (figure.denominator != null) {
    return 'n=' + figure.denominator;
  }
  return '';
}

/** Bars per month, each labelled with its value; shares on a 0–100 % scale, counts up to the largest. */
function chart(title, months, points) {
  const width = Math.max(260, 60 * months.length + 40);
  const height = 150;
  const top = 20;
  const bottom = 30;
  const plot = height - top - bottom;
  const isShare = points.some(p => p.share);
  const max = isShare ? 1 : Math.max(1, ...points.map(p => Number(p.value) || 0));
  const node = svg('svg', {width, height, role: 'img', class: 'chart', viewBox: '0 0 ' + width + ' ' + height});
  node.appendChild(svg('title', {}, title));
  node.appendChild(svg('line', {x1: 30, y1: top + plot, x2: width - 5, y2: top + plot, stroke: '#999'}));
  points.forEach((point, i) => {
    const x = 40 + i * 60;
    const value = Number(point.value) || 0;
    const barHeight = point.value == null ? 0 : Math.round(plot * value / max);
    node.appendChild(svg('rect', {class: 'bar', x, y: top + plot - barHeight, width: 36, height: barHeight}));
    const text = point.value == null ? '—' : isShare ? Math.round(value * 100) + '%' : String(value);
    node.appendChild(svg('text', {x: x + 18, y: top + plot - barHeight - 4, 'text-anchor': 'middle'}, text));
    node.appendChild(svg('text', {x: x + 18, y: height - 10, 'text-anchor': 'middle'}, months[i]));
  });
  return el('div', {}, el('div', {className: 'muted'}, title), node);
}

function groupSection(group, measures) {
  const months = measures.months.map(m => m.month);
  const rows = [];
  const keys = new Set();
  measures.months.forEach(m => m.figures.filter(f => f.group === group.code).forEach(f => {
    const key = f.measure + '\u0000' + (f.breakdown ?? '');
    if (!keys.has(key)) {
      keys.add(key);
      rows.push({measure: f.measure, breakdown: f.breakdown});
    }
  }));
  const cell = (month, row) => {
    const figure = month.figures.find(f => f.group === group.code && f.measure === row.measure
      && (f.breakdown ?? '') === (row.breakdown ?? ''));
    if (!figure) {
      return el('td', {className: 'figure'}, '');
    }
    const detail = ratio(figure);
    return el('td', {className: 'figure'}, formatValue(figure), detail ? ' ' : '', detail ? el('small', {}, detail)
      : null);
  };
  const points = measures.months.map(m => group.pick(m.figures.filter(f => f.group === group.code)));
  return el('div', {className: 'measure-group', 'data-group': group.code},
    el('h3', {}, group.title),
    chart(group.chart, months, points),
    el('table', {className: 'table table-striped table-condensed measure-table'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Measure'), el('th', {}, ''), months.map(m => el('th', {}, m)))),
      el('tbody', {}, rows.map(row => el('tr', {'data-measure': row.measure},
        el('td', {}, MEASURES[row.measure] || row.measure),
        el('td', {}, row.breakdown ?? ''),
        measures.months.map(m => cell(m, row)))))));
}

async function failure(response) {
  let problem = {};
  try {
    problem = await response.json();
  } catch (notJson) {
    // the status says enough
  }
  if (response.status === 401) {
    return 'Your session has ended. Log in to Cockpit again.';
  }
  if (response.status === 403) {
    return 'Only managers and reviewers can see the measures.';
  }
  if (response.status === 400 && Array.isArray(problem.errors)) {
    return 'Please check the filters: ' + problem.errors.map(e => e.field + ' ' + e.message).join('; ') + '.';
  }
  return 'The measures could not be loaded (HTTP ' + response.status + ')'
    + (problem.errorId ? '; quote error id ' + problem.errorId : '') + '.';
}

function query(format) {
  const params = new URLSearchParams();
  Object.entries(state).filter(([, value]) => value).forEach(([name, value]) => params.set(name, value));
  if (format) {
    params.set('format', format);
  }
  return API + '/measures?' + params;
}

let loads = 0;

async function load(results, csv) {
  const current = ++loads;
  results.replaceChildren(el('p', {className: 'muted'}, 'Loading the measures…'));
  csv.setAttribute('href', query('csv'));
  let measures;
  try {
    const response = await fetch(query(), {credentials: 'same-origin',
      headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}});
    if (!response.ok) {
      throw new Error(await failure(response));
    }
    measures = await response.json();
  } catch (error) {
    if (current === loads) {
      results.replaceChildren(el('div', {className: 'alert alert-danger', role: 'alert'}, error.message));
    }
    return;
  }
  if (current !== loads) {
    return;
  }
  results.replaceChildren(
    el('p', {className: 'muted'}, 'Months ' + measures.from + ' to ' + measures.to + ' (' + measures.zone + ')'
      + (measures.program ? ', program ' + measures.program : '')
      + (measures.coordinator ? ', coordinator ' + measures.coordinator : '')
      + '. Each cell: the value, then numerator/denominator (or n for a median).'),
    ...GROUPS.map(group => groupSection(group, measures)));
}

function page(node) {
  addStyles();
  const results = el('div', {className: 'results'});
  const csv = el('a', {className: 'btn btn-default btn-sm download-csv', download: 'measures.csv', href: '#'},
    'Download CSV');
  const input = (name, attributes) => el('input', Object.assign({className: 'form-control input-sm', name,
    id: 'carecoord-measures-' + name, value: state[name]}, attributes));
  const program = select('program', PROGRAMS, state.program, 'carecoord-measures-');
  const form = el('form', {className: 'form-inline filters', name: 'carecoordMeasureFilters'},
    field('From month', input('from', {type: 'month', placeholder: 'YYYY-MM', size: 8})),
    field('to', input('to', {type: 'month', placeholder: 'YYYY-MM', size: 8})),
    field('Program', program),
    field('Coordinator', input('coordinator', {placeholder: 'user id', size: 12})),
    el('div', {className: 'form-group'},
      el('button', {type: 'submit', className: 'btn btn-primary btn-sm'}, 'Show measures'), ' ', csv));
  form.addEventListener('submit', event => {
    event.preventDefault();
    ['from', 'to', 'program', 'coordinator'].forEach(name => { state[name] = form.elements[name].value.trim(); });
    load(results, csv);
  });
  node.appendChild(el('section', {className: 'carecoord-measures'},
    el('h2', {}, 'Measures'),
    el('p', {className: 'muted'}, 'The program\'s figures per month, counted from the case record and the engine\'s '
      + 'history. Without months: the last twelve.'),
    form, results));
  load(results, csv);
}

export default [
  {
    id: 'carecoord-measures-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 40,
    properties: {path: PATH},
    render(node) {
      node.appendChild(el('a', {href: '#' + PATH}, 'Measures'));
    }
  },
  {
    id: 'carecoord-measures-page',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH},
    render(node) {
      page(node);
    }
  }
];
