// The Case tab's care team and case conferences: list, add (a small form), edit, deactivate, add a provider of an
// accepted referral in one click, and ask for a conference. Every value goes in as text.

import {API, el, getJson, label, localDate, localDateTime, problemText, section, sendJson, table, words} from './carecoord-ui.js';

function yesNo(value) {
  return value ? 'yes' : 'no';
}

function field(labelText, input) {
  return el('div', {class: 'form-group'}, el('label', {}, labelText, input));
}

function checkbox(name, checked, text) {
  const box = el('input', {type: 'checkbox', name});
  box.checked = !!checked;
  return el('div', {class: 'checkbox'}, el('label', {}, box, ' ' + text));
}

/** The add/edit form; resolves the member's details from its inputs. */
function memberForm(roles, member, onSave, onCancel) {
  const role = el('select', {class: 'form-control', name: 'role'},
    roles.map(r => el('option', {value: r.code}, r.label)));
  role.value = member ? member.role : 'primary-care-physician';
  const text = (name, value, type) => {
    const input = el('input', {class: 'form-control', name, type: type || 'text', maxlength: '200'});
    input.value = value || '';
    return input;
  };
  const name = text('name', member && member.name);
  const organisation = text('organisation', member && member.organisation);
  const phone = text('phone', member && member.phone, 'tel');
  const email = text('email', member && member.email, 'email');
  const planning = checkbox('takesPartInPlanning', member ? member.takesPartInPlanning : true,
    'Takes part in care planning (invited to case conferences)');
  const consent = checkbox('sharingConsented', member && member.sharingConsented,
    'The patient\'s consent covers sharing with them (without it, CareCoord mails them nothing)');
  const error = el('p', {class: 'text-danger carecoord-care-team-error'});
  const form = el('form', {class: 'carecoord-care-team-form well well-sm'},
    field('Role ', role), field('Name ', name), field('Organisation ', organisation), field('Phone ', phone),
    field('E-mail ', email), planning, consent, error,
    el('button', {type: 'submit', class: 'btn btn-primary btn-sm'}, member ? 'Save changes' : 'Add member'), ' ',
    el('button', {type: 'button', class: 'btn btn-default btn-sm carecoord-cancel'}, 'Cancel'));
  form.querySelector('.carecoord-cancel').addEventListener('click', onCancel);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const details = {role: role.value, name: name.value, organisation: organisation.value, phone: phone.value,
      email: email.value, takesPartInPlanning: planning.querySelector('input').checked,
      sharingConsented: consent.querySelector('input').checked};
    if (member) {
      details.periodStart = member.periodStart;
    }
    const result = await onSave(details);
    if (result.status >= 400 || result.status === 0) {
      error.textContent = problemText(result);
    }
  });
  return form;
}

function period(member) {
  return localDate(member.periodStart) + ' – ' + (member.periodEnd ? localDate(member.periodEnd) : 'now');
}

function statusLabel(member) {
  return member.status === 'active' ? label('active', 'success') : label('inactive', 'default');
}

function conferencesPart(caseId, conferences, reload) {
  const notice = el('p', {class: 'text-danger'});
  const ask = el('button', {type: 'button', class: 'btn btn-default btn-sm carecoord-ask-conference'},
    'Ask for a case conference');
  ask.addEventListener('click', async () => {
    ask.disabled = true;
    const result = await sendJson('POST', API + '/cases/' + caseId + '/conferences');
    if (result.status === 201) {
      reload();
    } else {
      ask.disabled = false;
      notice.textContent = problemText(result);
    }
  });
  return el('div', {class: 'carecoord-conferences'},
    el('h5', {}, 'Case conferences'),
    table(['When', 'Why', 'Status', 'Place', 'Attended', 'Decisions'], (conferences || []).map(c => [
      c.startsAt ? localDateTime(c.startsAt) : 'time not yet proposed', words(c.reason),
      label(words(c.status), c.status === 'held' ? 'success' : c.status === 'scheduled' ? 'info' : 'default'),
      c.place || '—', c.attendees.length ? c.attendees.map(a => a.name).join(', ') : '—',
      c.decisions.length ? c.decisions.map(words).join(', ') : '—']), 'No case conference yet.'),
    ask, notice);
}

async function suggestionsPart(caseId, reload) {
  const holder = el('div', {class: 'carecoord-care-team-suggestions'});
  let suggestions = [];
  try {
    suggestions = await getJson(API + '/cases/' + caseId + '/care-team/suggestions');
  } catch (error) {
    return holder;
  }
  if (!suggestions.length) {
    return holder;
  }
  holder.appendChild(el('p', {class: 'text-muted'}, 'Providers of accepted referrals, not yet on the team:'));
  suggestions.forEach(s => {
    const add = el('button', {type: 'button', class: 'btn btn-link btn-xs'}, 'Add to the team');
    const notice = el('span', {class: 'text-danger'});
    add.addEventListener('click', async () => {
      const result = await sendJson('POST', API + '/cases/' + caseId + '/care-team/suggestions/' + s.providerId);
      if (result.status === 201) {
        reload();
      } else {
        notice.textContent = problemText(result);
      }
    });
    holder.appendChild(el('div', {}, s.name + ' (' + words(s.serviceType) + ') ', add, notice));
  });
  return holder;
}

/** The Case tab's section: the care team and its conferences. */
export function careTeamSection(overview, reload) {
  const caseId = overview.caseId;
  const team = overview.careTeam || {members: [], roles: []};
  const formSlot = el('div', {class: 'carecoord-care-team-form-slot'});
  const showForm = (member) => {
    formSlot.replaceChildren(memberForm(team.roles, member, async details => {
      const result = member
        ? await sendJson('PUT', API + '/cases/' + caseId + '/care-team/' + member.id, details)
        : await sendJson('POST', API + '/cases/' + caseId + '/care-team', details);
      if (result.status === 200 || result.status === 201) {
        reload();
      }
      return result;
    }, () => formSlot.replaceChildren()));
  };
  const rows = team.members.map(m => {
    const actions = el('span', {});
    if (!m.derived && m.status === 'active') {
      const edit = el('button', {type: 'button', class: 'btn btn-link btn-xs'}, 'Edit');
      edit.addEventListener('click', () => showForm(m));
      const end = el('button', {type: 'button', class: 'btn btn-link btn-xs'}, 'Deactivate');
      end.addEventListener('click', async () => {
        const result = await sendJson('POST', API + '/cases/' + caseId + '/care-team/' + m.id + '/deactivate');
        if (result.status === 200) {
          reload();
        } else {
          formSlot.replaceChildren(el('p', {class: 'text-danger'}, problemText(result)));
        }
      });
      actions.append(edit, end);
    }
    return [m.roleLabel, m.name, m.organisation || '—', m.phone || '—', m.email || '—',
      yesNo(m.takesPartInPlanning), m.derived ? '—' : yesNo(m.sharingConsented), period(m), statusLabel(m), actions];
  });
  const add = el('button', {type: 'button', class: 'btn btn-default btn-sm carecoord-add-member'}, 'Add a member');
  add.addEventListener('click', () => showForm(null));
  const suggestions = el('div', {});
  suggestionsPart(caseId, reload).then(part => suggestions.replaceChildren(part));
  return section('Care team',
    el('div', {class: 'carecoord-care-team'},
      el('div', {class: 'table-responsive'}, table(['Role', 'Name', 'Organisation', 'Phone', 'E-mail', 'Planning',
        'Consent covers sharing', 'Period', 'Status', ''], rows, 'No care team yet.')),
      add, formSlot, suggestions),
    conferencesPart(caseId, overview.conferences, reload));
}
