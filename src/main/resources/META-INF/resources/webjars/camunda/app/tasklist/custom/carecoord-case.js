// CareCoord's Tasklist plugins: the "Case" tab beside each task, "My caseload" in the header, priorities in words
// on the task cards, the stage link kept for users who may open Cockpit, and the case number a walk-in created.
// Reads CareCoord's /api with the Tasklist login. Every value goes into the page as text, never as HTML. Sections a
// coordinator also changes (care team, appointments, documents …) are their own modules, given the overview and a
// reload of the tab.

import {careTeamSection} from './carecoord-care-team.js';
import {benefitsSection} from './carecoord-benefits.js';
import {appointmentsSection} from './carecoord-appointments.js';
import {API, dayOf, el, facts, getJson, label, language, localDate, localDateTime, section, table, tierLabel, words} from './carecoord-ui.js';
import {documentsSection} from './carecoord-documents.js';
import {adtEventsSection} from './carecoord-hl7.js';
// who is signed in: CareCoord's own answer, never the webapps' /camunda/api (see SignedInUserController: a plugin's
// GET there right after login took the session's new CSRF token from Tasklist, whose next change then ended the session)
const ME = API + '/me';

// Same bands as org.carecoord.tasks.TaskPriority (models: 100 safety, 90/80 transitional care; 80 urgent cases, 50 others)
const PRIORITY_BANDS = [[100, 'urgent'], [80, 'high']];

function priorityWord(priority) {
  const band = PRIORITY_BANDS.find(([from]) => priority >= from);
  return band ? band[1] : 'routine';
}

// ---- the Case tab -------------------------------------------------------------------------------------------------

function patientSection(overview) {
  const p = overview.patient;
  const consent = overview.consent;
  return section('Patient',
    facts([
      ['Name', p.name],
      ['Age', p.age + ' (born ' + localDate(p.dateOfBirth) + ')'],
      ['Phone', p.phone],
      ['E-mail', p.email],
      ['Address', p.address || 'not recorded'],
      ['Language', language(p.preferredLanguage)],
      ['Guardian', p.guardianName || undefined],
      ['Consent', consent ? words(consent.decision) + (consent.shareWithProviders ? ', may share with providers'
        : ', not to be shared with providers') + ' (' + dayOf(consent.recordedAt) + ')'
        : 'not recorded yet'],
      ['Contact by', consent ? words(consent.contactPreference) + (consent.contactTimes ? ', ' + consent.contactTimes
        : '') : '—']
    ]));
}

function caseSection(overview) {
  return section('Case ' + overview.caseNumber,
    facts([
      ['Status', words(overview.status)],
      ['Program', words(overview.program)],
      ['Urgency', overview.urgency === 'urgent' ? label('urgent', 'danger') : words(overview.urgency)],
      ['Referred by', words(overview.referralSource)],
      ['Reason', overview.reasonForReferral],
      ['Coordinator', overview.coordinator || 'not yet assigned'],
      ['Opened', localDateTime(overview.openedAt)]
    ]));
}

function riskSection(risk) {
  const scores = (risk && risk.scores) || [];
  return section('Risk',
    el('p', {}, 'Risk tier: ', tierLabel(risk && risk.riskTier),
      risk && risk.assessedAt ? ' (assessed ' + localDateTime(risk.assessedAt) + ')' : ''),
    table(['Date', 'Instrument', 'Score', 'Band'],
      scores.slice().reverse().map(s => [localDateTime(s.administeredAt), s.instrument.toUpperCase(),
        s.score === null ? '—' : s.score, words(s.band)]), 'No assessment yet.'));
}

function planSection(plan) {
  if (!plan) {
    return section('Care plan', el('p', {class: 'text-muted'}, 'No care plan yet.'));
  }
  return section('Care plan (version ' + plan.version + ', ' + words(plan.status) + ')',
    plan.agreedOn ? el('p', {}, 'Agreed with the patient on ' + localDate(plan.agreedOn)) : null,
    el('h5', {}, 'Goals'),
    table(['Problem', 'Goal', 'Measure', 'Target', 'Status'], plan.goals.map(g => [words(g.problem), g.description,
      g.measure || '—', localDate(g.targetDate), words(g.achievementStatus || g.lifecycleStatus)]), 'No goals.'),
    el('h5', {}, 'Interventions'),
    table(['Problem', 'Action', 'Who', 'Due', 'Status'], plan.interventions.map(i => [words(i.problem), i.action,
      words(i.responsible), localDate(i.dueDate), words(i.status)]), 'No interventions.'));
}

function referralsSection(referrals) {
  return section('Referrals', table(['Service', 'Provider', 'Status', 'Sent', 'Attempt'],
    (referrals || []).map(r => [r.serviceLabel || words(r.serviceType), r.providerName || 'not chosen yet',
      words(r.status) + (r.statusReason ? ' — ' + r.statusReason : ''), localDateTime(r.sentAt), r.attempt]),
    'No referrals.'));
}

function contactsSection(contacts) {
  const c = contacts || {recent: [], minutesThisMonth: 0, ccmMinutesPerMonth: 20, total: 0};
  return section('Contacts',
    el('p', {}, 'Care-management time this month: ' + c.minutesThisMonth + ' of ' + c.ccmMinutesPerMonth
      + ' minutes ', c.minutesThisMonth >= c.ccmMinutesPerMonth ? label('met', 'success') : label('not yet', 'default')),
    table(['When', 'Reached', 'How', 'Minutes', 'Status', 'Note'], c.recent.map(x => [localDateTime(x.contactedAt),
      x.reached ? 'yes' : 'no (attempt ' + x.attempt + ')', words(x.channel), x.minutesSpent, words(x.patientStatus),
      x.note || '']), 'No contacts yet.'),
    c.total > c.recent.length ? el('p', {class: 'text-muted'}, (c.total - c.recent.length) + ' earlier contacts') : null);
}

function staysSection(stays) {
  if (!stays || !stays.length) {
    return null;
  }
  return section('Hospital stays (transitional care)', table(
    ['Facility', 'Stay', 'Contact due', 'Contact', 'Visit due', 'Visit'],
    stays.map(s => [s.facility, localDate(s.admittedOn) + ' – ' + localDate(s.dischargedOn),
      localDateTime(s.contactDueAt), s.contactDoneAt ? localDateTime(s.contactDoneAt) : 'open',
      localDateTime(s.faceToFaceDueAt), s.faceToFaceOn ? localDate(s.faceToFaceOn) : 'open']), ''));
}

function dueSection(tasks) {
  return section('Due next', table(['Task', 'Due', 'Priority', 'With'], (tasks || []).map(t => [t.name,
    t.due ? el('span', {class: t.overdue ? 'text-danger' : ''}, localDateTime(t.due) + (t.overdue ? ' (overdue)' : ''))
      : '—', t.priorityWord, t.assignee || 'team queue']), 'Nothing open.'));
}

function timelineSection(timeline) {
  return section('Timeline', table(['When', 'What', ''], (timeline || []).map(e => [localDateTime(e.at),
    e.kind === 'stage' ? e.what + (e.endedAt ? ' (until ' + localDateTime(e.endedAt) + ')' : ' (running)')
      : 'Case ' + words(e.what), e.kind === 'stage' ? '' : words(e.detail)]), ''));
}

function renderOverview(node, overview, reload) {
  node.replaceChildren(el('div', {class: 'carecoord-case'},
    el('div', {class: 'row'},
      el('div', {class: 'col-md-6'}, patientSection(overview)),
      el('div', {class: 'col-md-6'}, caseSection(overview))),
    dueSection(overview.openTasks),
    riskSection(overview.risk),
    planSection(overview.carePlan),
    careTeamSection(overview, reload),
    referralsSection(overview.referrals),
    contactsSection(overview.contacts),
    appointmentsSection(overview, reload),
    staysSection(overview.hospitalStays),
    adtEventsSection(overview),
    documentsSection(overview, reload),
    benefitsSection(overview, reload),
    timelineSection(overview.timeline)));
}

function message(node, text, kind) {
  node.replaceChildren(el('div', {class: 'carecoord-case'}, el('p', {class: 'alert alert-' + kind}, text)));
}

async function showCaseOf(node, taskId, isCurrent) {
  const reload = () => showCaseOf(node, taskId, isCurrent);
  message(node, 'Loading the case…', 'info');
  try {
    const taskCase = await getJson(API + '/tasks/' + encodeURIComponent(taskId) + '/case');
    const overview = await getJson(API + '/cases/' + taskCase.caseId + '/overview');
    if (isCurrent()) {
      renderOverview(node, overview, reload);
    }
  } catch (error) {
    if (isCurrent()) {
      message(node, error.status === 403 ? 'You may not open this case.'
        : error.status === 404 ? 'This task belongs to no case you can open.'
          : 'The case could not be loaded; try again.', 'warning');
    }
  }
}

const caseTab = {
  id: 'carecoord-case',
  pluginPoint: 'tasklist.task.detail',
  label: 'Case',
  priority: 900, // after Form (1000), before History (800)
  properties: {label: 'Case'},
  render(node, {taskId}, scope) {
    let shown = null;
    let generation = 0;
    const show = id => {
      if (!id || id === shown) {
        return;
      }
      shown = id;
      const mine = ++generation;
      showCaseOf(node, id, () => mine === generation);
    };
    show(taskId);
    // Tasklist may keep the tab and change the task under it
    if (scope && scope.$watch) {
      scope.$watch(() => scope.task && scope.task.id, show);
    }
  }
};

// ---- My caseload --------------------------------------------------------------------------------------------------

function caseloadTable(caseload) {
  return table(['Case', 'Patient', 'Stage', 'Risk tier', 'Next due', 'Overdue tasks'], caseload.lines.map(l => [
    l.caseNumber, l.patientName, l.stages.length ? l.stages.join(', ') : words(l.status), tierLabel(l.riskTier),
    localDateTime(l.nextDue), l.overdueTasks ? label(String(l.overdueTasks), 'danger') : '0']),
  'No open cases.');
}

async function loadCaseload(body, coordinator) {
  body.replaceChildren(el('p', {}, 'Loading…'));
  try {
    const caseload = await getJson(API + '/caseload' + (coordinator ? '?coordinator='
      + encodeURIComponent(coordinator) : ''));
    body.replaceChildren(el('p', {}, caseload.cases + ' open cases of ' + caseload.coordinator + ', '
      + caseload.overdueTasks + ' overdue tasks'), caseloadTable(caseload));
  } catch (error) {
    body.replaceChildren(el('p', {class: 'alert alert-warning'}, error.status === 403
      ? 'Only managers see another coordinator\'s caseload.' : error.status === 400
        ? 'That is not a coordinator.' : 'The caseload could not be loaded; try again.'));
  }
}

async function isManager() {
  try {
    const user = await getJson(ME);
    return (user.groups || []).includes('managers');
  } catch (error) {
    return false;
  }
}

function openCaseloadPanel() {
  document.querySelectorAll('.carecoord-caseload-panel').forEach(old => old.remove());
  const body = el('div', {class: 'carecoord-caseload-body'});
  const close = el('button', {type: 'button', class: 'close', 'aria-label': 'Close'}, '×');
  const panel = el('div', {class: 'carecoord-caseload-panel panel panel-default', role: 'dialog',
    'aria-label': 'My caseload'},
  el('div', {class: 'panel-heading'}, close, el('h3', {class: 'panel-title'}, 'My caseload')),
  el('div', {class: 'panel-body'}, el('div', {class: 'carecoord-caseload-picker'}), body));
  close.addEventListener('click', () => panel.remove());
  document.body.appendChild(panel);
  loadCaseload(body, null);
  isManager().then(manager => {
    if (!manager) {
      return;
    }
    const input = el('input', {type: 'text', class: 'form-control input-sm', placeholder: 'coordinator user id',
      maxlength: '64', 'aria-label': 'Coordinator'});
    const show = el('button', {type: 'submit', class: 'btn btn-default btn-sm'}, 'Show');
    const form = el('form', {class: 'form-inline'}, el('label', {}, 'Caseload of '), input, ' ', show);
    form.addEventListener('submit', event => {
      event.preventDefault();
      loadCaseload(body, input.value.trim() || null);
    });
    panel.querySelector('.carecoord-caseload-picker').appendChild(form);
  });
}

const caseloadAction = {
  id: 'carecoord-caseload',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render(node) {
    const link = el('a', {href: '', role: 'button', class: 'carecoord-caseload-action'}, 'My caseload');
    link.addEventListener('click', event => {
      event.preventDefault();
      openCaseloadPanel();
    });
    node.appendChild(link);
  }
};

// ---- page-wide touches: priority words, the stage link, the walk-in's case number --------------------------------

function markPriorities(root) {
  root.querySelectorAll('.tasks-list .task .priority').forEach(cell => {
    const number = parseInt(cell.textContent.trim(), 10);
    const word = Number.isNaN(number) ? '' : priorityWord(number);
    if (cell.getAttribute('data-carecoord-priority') !== word) {
      cell.setAttribute('data-carecoord-priority', word);
    }
  });
}

// The link beside the stage name opens the process instance in Cockpit: kept only for users Cockpit admits.
async function markCockpitAccess() {
  try {
    const user = await getJson(ME);
    document.body.classList.toggle('carecoord-cockpit', (user.webapps || []).includes('cockpit'));
  } catch (error) {
    document.body.classList.remove('carecoord-cockpit');
  }
}

function showCaseCreated(caseNumber) {
  document.querySelectorAll('.carecoord-case-created').forEach(old => old.remove());
  const close = el('button', {type: 'button', class: 'close', 'aria-label': 'Close'}, '×');
  const alert = el('div', {class: 'alert alert-success carecoord-case-created', role: 'status'}, close,
    'Case ', el('strong', {}, caseNumber), ' created. Its first task, "Record consent", is in the Team queue.');
  close.addEventListener('click', () => alert.remove());
  document.body.appendChild(alert);
}

// A walk-in starts care-episode through the start form; the answer names the new instance and its business key.
function watchStartForms() {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (String(method).toUpperCase() === 'POST' && /\/process-definition\/[^/]+\/submit-form$/.test(String(url))) {
      this.addEventListener('load', () => {
        try {
          const started = JSON.parse(this.responseText);
          if (this.status === 200 && started && /^CC-\d{4}-\d+$/.test(started.businessKey || '')) {
            showCaseCreated(started.businessKey);
          }
        } catch (error) {
          // not a start answer
        }
      });
    }
    return open.call(this, method, url, ...rest);
  };
}

if (!window.carecoordTasklistTouches) {
  window.carecoordTasklistTouches = true;
  new MutationObserver(() => markPriorities(document)).observe(document.documentElement,
    {childList: true, subtree: true, characterData: true});
  window.addEventListener('hashchange', markCockpitAccess);
  markCockpitAccess();
  watchStartForms();
}

export default [caseTab, caseloadAction];
