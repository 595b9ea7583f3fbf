// The Case tab's appointments (issue #14 §3): the case's appointments soonest first, and for its coordinators and
// managers booking, rescheduling, confirming and cancelling while the case is open. Times are typed and sent in the
// care team's calendar zone (the API's local date-time). Every value goes into the page as text.

import {API, el, label, problemText, section, sendJson, table} from './carecoord-ui.js';

const STATUS_KINDS = {booked: 'info', confirmed: 'primary', attended: 'success', missed: 'danger', cancelled: 'default'};

// The wall-clock time in the care team's zone, as it was booked (not converted to the browser's zone)
function bookedTime(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(String(value || ''));
  if (!match) {
    return '—';
  }
  const [, year, month, day, hour, minute] = match.map(Number);
  return new Date(year, month - 1, day, hour, minute)
    .toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
}

function field(id, text, input) {
  input.id = id;
  return el('div', {class: 'form-group col-sm-6'}, el('label', {for: id}, text), input);
}

function appointmentForm(caseId, reload, editing) {
  const prefix = 'carecoord-appointment-';
  const start = el('input', {type: 'datetime-local', class: 'form-control', required: 'required'});
  const provider = el('input', {type: 'text', class: 'form-control', maxlength: '200', required: 'required',
    placeholder: 'Clinic or practitioner, as the patient knows it'});
  const location = el('input', {type: 'text', class: 'form-control', maxlength: '300', placeholder: 'Address'});
  const purpose = el('input', {type: 'text', class: 'form-control', maxlength: '300',
    placeholder: 'In plain words, no diagnosis'});
  const transport = el('input', {type: 'checkbox', id: prefix + 'transport'});
  const feedback = el('p', {class: 'text-danger', role: 'alert'});
  if (editing) {
    start.value = String(editing.start).substring(0, 16);
    provider.value = editing.provider || '';
    location.value = editing.location || '';
    purpose.value = editing.description || '';
    transport.checked = !!editing.transportNeeded;
  }
  const submit = el('button', {type: 'submit', class: 'btn btn-primary'},
    editing ? 'Save new time' : 'Book appointment');
  const form = el('form', {class: 'carecoord-appointment-form', novalidate: 'novalidate'},
    el('h5', {}, editing ? 'Reschedule the appointment with ' + editing.provider : 'Book an appointment'),
    el('div', {class: 'row'},
      field(prefix + 'start', 'Date and time', start),
      field(prefix + 'provider', 'With', provider)),
    el('div', {class: 'row'},
      field(prefix + 'location', 'Where', location),
      field(prefix + 'purpose', 'Purpose', purpose)),
    el('div', {class: 'checkbox'}, el('label', {}, transport, ' The patient needs a ride')),
    feedback,
    submit,
    editing ? el('button', {type: 'button', class: 'btn btn-link', 'data-action': 'cancel-edit'}, 'Back') : null);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    submit.disabled = true;
    const body = {start: start.value || null, provider: provider.value, location: location.value,
      description: purpose.value, transportNeeded: transport.checked};
    const path = API + '/cases/' + caseId + '/appointments';
    const result = editing
      ? await sendJson('PUT', path + '/' + editing.id, Object.assign(body, {status: editing.status}))
      : await sendJson('POST', path, body);
    submit.disabled = false;
    if (result.status === 200 || result.status === 201) {
      reload();
    } else {
      feedback.textContent = problemText(result);
    }
  });
  return form;
}

function actions(caseId, appointment, reload, edit, feedback) {
  if (appointment.status !== 'booked' && appointment.status !== 'confirmed') {
    return '—';
  }
  const path = API + '/cases/' + caseId + '/appointments/' + appointment.id;
  const button = (text, kind, onClick) => {
    const b = el('button', {type: 'button', class: 'btn btn-xs btn-' + kind}, text);
    b.addEventListener('click', onClick);
    return b;
  };
  const after = result => {
    if (result.status === 200) {
      reload();
    } else {
      feedback.textContent = problemText(result);
    }
  };
  return el('span', {class: 'btn-group'},
    appointment.status === 'booked' ? button('Confirm', 'default', async () => after(await sendJson('PUT', path, {
      start: String(appointment.start).substring(0, 16), end: appointment.end && String(appointment.end).substring(0, 16),
      provider: appointment.provider, location: appointment.location, description: appointment.description,
      transportNeeded: appointment.transportNeeded, status: 'confirmed'}))) : null,
    button('Reschedule', 'default', () => edit(appointment)),
    button('Cancel', 'danger', async () => {
      if (window.confirm('Cancel the appointment with ' + appointment.provider + '?')) {
        after(await sendJson('POST', path + '/cancel', {}));
      }
    }));
}

/** The overview's "Appointments" section; reload() redraws the Case tab after a change. */
export function appointmentsSection(overview, reload) {
  const appointments = overview.appointments || [];
  const open = overview.status === 'planned' || overview.status === 'active';
  const feedback = el('p', {class: 'text-danger', role: 'alert'});
  const formSlot = el('div', {});
  const showForm = editing => formSlot.replaceChildren(appointmentForm(overview.caseId, reload, editing));
  formSlot.addEventListener('click', event => {
    if (event.target && event.target.getAttribute('data-action') === 'cancel-edit') {
      showForm(null);
    }
  });
  if (open) {
    showForm(null);
  }
  const rows = appointments.map(a => [
    bookedTime(a.start),
    a.provider,
    a.location || '—',
    a.description || '—',
    label(a.status, STATUS_KINDS[a.status] || 'default'),
    a.transportNeeded ? (a.transportReferralNeedId ? 'ride requested' : 'ride needed') : 'no',
    open ? actions(overview.caseId, a, reload, showForm, feedback) : '—'
  ]);
  return el('div', {class: 'carecoord-appointments'},
    section('Appointments',
      table(['When', 'With', 'Where', 'Purpose', 'Status', 'Ride', ''], rows, 'No appointments recorded.'),
      feedback,
      formSlot));
}
