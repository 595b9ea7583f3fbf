// The Case tab's "Hospital feed" section: the latest HL7 v2 ADT messages applied to the case (admissions noted,
// discharges reported), from the overview's adtEvents (org.carecoord.hl7.AdtEventsOverviewPart). Read-only; shown
// only when the feed has sent something for the case.

import {el, label, localDate, localDateTime, section, table} from './carecoord-ui.js';

export function adtEventsSection(overview) {
  const events = overview.adtEvents || [];
  if (!events.length) {
    return null;
  }
  const node = section('Hospital feed (HL7 ADT)',
    table(['Received', 'Event', 'Facility', 'Admitted', 'Discharged'], events.map(event => [
      localDateTime(event.receivedAt),
      el('span', {}, label(event.what, event.what === 'discharged' ? 'warning' : 'info'), ' ADT^' + event.event),
      event.facility || '—',
      localDate(event.admittedOn),
      event.dischargedOn ? localDate(event.dischargedOn) : '—'
    ]), ''),
    el('p', {class: 'text-muted small'}, 'A discharge from the feed starts transitional care like one reported by hand '
      + '(see Hospital stays).'));
  node.classList.add('carecoord-adt-events');
  return node;
}
