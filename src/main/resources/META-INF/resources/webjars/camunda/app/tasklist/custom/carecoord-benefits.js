// CareCoord's Case tab: insurance, claims and payment (issue #14 §5). The patient's coverages, the case's open
// benefit problems with the step each stands at, and "Report a problem", which starts a Benefits and claims process
// whose first task goes to the case's coordinator, "Add coverage", and "Edit" on a coverage (a new member id, an end
// date, cancelled). Every value goes into the page as text.

import {API, el, label, localDate, localDateTime, problemText, section, sendJson, table, words} from './carecoord-ui.js';

const STEPS = {
  'record-problem': 'Record the problem',
  'act': 'Act on it',
  'follow-up': 'Follow up',
  'closed': 'Closed'
};

const ACTIONS = {
  'call-payer': 'Called the payer',
  'file-appeal': 'Appeal filed',
  'apply-assistance': 'Applied for assistance',
  'payment-plan': 'Payment plan (financial counseling)'
};

function daysUntil(isoDate) {
  const [year, month, day] = String(isoDate).split('-').map(Number);
  const today = new Date();
  const end = new Date(year, month - 1, day);
  return Math.round((end - new Date(today.getFullYear(), today.getMonth(), today.getDate())) / 86400000);
}

function coverageEnd(c) {
  if (!c.periodEnd) {
    return 'open-ended';
  }
  const days = daysUntil(c.periodEnd);
  const ending = c.status === 'active' && days >= 0 && days <= 30;
  return el('span', {}, localDate(c.periodEnd), ending ? ' ' : '', ending ? label('ends in ' + days + ' days', 'warning') : '');
}

function coveragesTable(coverages, edit) {
  return table(['Order', 'Payer', 'Plan', 'Member id', 'Group', 'From', 'Until', 'Status'].concat(edit ? [''] : []),
    coverages.map(c => [c.order === 1 ? 'primary' : 'secondary', c.payor, c.plan || '—', c.subscriberId,
      c.group || '—', localDate(c.periodStart), coverageEnd(c),
      c.status === 'active' ? label('active', 'success') : label(c.status, 'default')].concat(edit ? [
      el('button', {type: 'button', class: 'btn btn-link btn-xs carecoord-edit-coverage',
        'data-coverage-id': String(c.id)}, 'Edit')] : [])),
    'No coverage recorded.');
}

function problemsTable(problems) {
  return table(['Problem', 'Reported', 'Step', 'Last action', 'Appeal deadline', 'Follow-up due'],
    problems.map(p => [p.kindLabel, localDateTime(p.createdAt), label(STEPS[p.step] || words(p.step), 'info'),
      p.lastAction ? (ACTIONS[p.lastAction] || words(p.lastAction)) : '—',
      p.appealDeadline ? localDate(p.appealDeadline) : '—', localDateTime(p.followUpDueAt)]),
    'No open benefit problems.');
}

function reportForm(caseId, kinds, reload) {
  const kind = el('select', {class: 'form-control', id: 'carecoord-benefit-kind', name: 'kind'},
    el('option', {value: ''}, 'Choose the problem…'), kinds.map(k => el('option', {value: k.code}, k.label)));
  const note = el('input', {class: 'form-control', id: 'carecoord-benefit-note', name: 'note', maxlength: '1000',
    placeholder: 'Short note (no diagnoses), optional'});
  const feedback = el('p', {class: 'carecoord-benefit-feedback', role: 'status'});
  const submit = el('button', {type: 'submit', class: 'btn btn-default', id: 'carecoord-report-benefit-problem'},
    'Report a problem');
  const form = el('form', {class: 'form-inline carecoord-benefit-report'},
    el('div', {class: 'form-group'}, kind), ' ', el('div', {class: 'form-group'}, note), ' ', submit, feedback);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    submit.disabled = true;
    feedback.className = 'carecoord-benefit-feedback';
    feedback.textContent = 'Reporting…';
    const result = await sendJson('POST', API + '/cases/' + encodeURIComponent(caseId) + '/benefit-problems',
      {kind: kind.value, note: note.value || null});
    submit.disabled = false;
    if (result.status === 201) {
      feedback.className = 'carecoord-benefit-feedback text-success';
      feedback.textContent = 'Reported. "Record the benefit problem" is now with the case\'s coordinator.';
      reload();
      return;
    }
    feedback.className = 'carecoord-benefit-feedback text-danger';
    feedback.textContent = result.status === 403 ? 'You may not change this case.' : problemText(result);
  });
  return form;
}

// Adds a coverage, or with `existing` changes that one (every field, its status too: PUT replaces the whole record).
function coverageForm(caseId, reload, existing, cancelEdit) {
  const value = name => existing && existing[name] !== null && existing[name] !== undefined ? String(existing[name]) : null;
  const input = (id, placeholder, attributes) => el('input', Object.assign({class: 'form-control input-sm',
    id: 'carecoord-coverage-' + id, name: id, placeholder, 'aria-label': placeholder},
  value(id) === null ? {} : {value: value(id)}, attributes || {}));
  const payor = input('payor', 'Payer', {maxlength: '200'});
  const plan = input('plan', 'Plan (optional)', {maxlength: '200'});
  const member = input('subscriberId', 'Member id', {maxlength: '64'});
  const group = input('group', 'Group (optional)', {maxlength: '64'});
  // a plain date input gives YYYY-MM-DD as typed, no time zone involved
  const start = input('periodStart', 'Covered from', {type: 'date'});
  const end = input('periodEnd', 'Covered until (optional)', {type: 'date'});
  const order = el('select', {class: 'form-control input-sm', id: 'carecoord-coverage-order', name: 'order',
    'aria-label': 'Primary or secondary'}, el('option', {value: '1'}, 'primary'), el('option', {value: '2'}, 'secondary'));
  const status = el('select', {class: 'form-control input-sm', id: 'carecoord-coverage-status', name: 'status',
    'aria-label': 'Status'}, el('option', {value: 'active'}, 'active'), el('option', {value: 'cancelled'}, 'cancelled'));
  if (existing) {
    order.value = String(existing.order);
    status.value = existing.status === 'cancelled' ? 'cancelled' : 'active';
  }
  const feedback = el('p', {class: 'carecoord-coverage-feedback', role: 'status'});
  const submit = el('button', {type: 'submit', class: 'btn btn-default btn-sm',
    id: existing ? 'carecoord-save-coverage' : 'carecoord-add-coverage'}, existing ? 'Save changes' : 'Add coverage');
  const cancel = existing ? el('button', {type: 'button', class: 'btn btn-link btn-sm'}, 'Cancel') : null;
  if (cancel) {
    cancel.addEventListener('click', cancelEdit);
  }
  const fields = [payor, plan, member, group, start, end, order].concat(existing ? [status] : []);
  const form = el('form', {class: 'form-inline ' + (existing ? 'carecoord-coverage-edit' : 'carecoord-coverage-add')},
    existing ? el('h5', {}, 'Change the coverage of ' + existing.payor) : null,
    fields.flatMap(field => [el('div', {class: 'form-group'}, field), ' ']), submit, cancel ? ' ' : null, cancel,
    feedback);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    submit.disabled = true;
    feedback.className = 'carecoord-coverage-feedback';
    feedback.textContent = 'Saving…';
    const body = {payor: payor.value, plan: plan.value || null, subscriberId: member.value, group: group.value || null,
      periodStart: start.value || null, periodEnd: end.value || null, order: Number(order.value)};
    if (existing) {
      body.status = status.value;
    }
    const path = API + '/cases/' + encodeURIComponent(caseId) + '/coverage'
      + (existing ? '/' + encodeURIComponent(existing.id) : '');
    const result = await sendJson(existing ? 'PUT' : 'POST', path, body);
    submit.disabled = false;
    if (result.status === (existing ? 200 : 201)) {
      reload();
      return;
    }
    feedback.className = 'carecoord-coverage-feedback text-danger';
    feedback.textContent = result.status === 403 ? 'You may not change this case.' : problemText(result);
  });
  return form;
}

/** The Case tab's "Insurance and claims" section for the overview; reload() redraws the tab. */
export function benefitsSection(overview, reload) {
  const benefits = overview.benefits || {coverages: [], openProblems: [], closedProblems: 0, kinds: []};
  const open = overview.status === 'planned' || overview.status === 'active';
  // the add form; "Edit" on a row puts that coverage's form in its place until saved or cancelled
  const coverageSlot = el('div', {class: 'carecoord-coverage-form'});
  const addForm = () => coverageSlot.replaceChildren(coverageForm(overview.caseId, reload));
  const coverages = coveragesTable(benefits.coverages, open);
  coverages.querySelectorAll('button.carecoord-edit-coverage').forEach(button => button.addEventListener('click', () => {
    const coverage = benefits.coverages.find(c => String(c.id) === button.getAttribute('data-coverage-id'));
    coverageSlot.replaceChildren(coverageForm(overview.caseId, reload, coverage, addForm));
  }));
  if (open) {
    addForm();
  }
  return el('div', {class: 'carecoord-benefits'}, section('Insurance and claims',
    el('h5', {}, 'Coverage'),
    coverages,
    open ? coverageSlot : null,
    el('h5', {}, 'Open benefit problems'),
    problemsTable(benefits.openProblems),
    benefits.closedProblems ? el('p', {class: 'text-muted'}, benefits.closedProblems + ' closed problems') : null,
    open ? reportForm(overview.caseId, benefits.kinds, reload) : null));
}
