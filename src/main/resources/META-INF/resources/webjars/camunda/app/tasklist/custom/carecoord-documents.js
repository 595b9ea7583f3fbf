// The Case tab's Documents section: the case's documents with a download link each, an upload form (kind, optional
// title, file: PDF, PNG or JPEG, checked by the server from the content) and "Print care plan" (the latest version as
// the patient's plain-language PDF). While the case is open, a document filed by mistake is withdrawn with a reason
// (it stays on record, struck through). Every value goes in as text; changes carry the session's CSRF token.

import {API, el, localDateTime, problemText, section, sendForm, sendJson, table, words} from './carecoord-ui.js';

function size(bytes) {
  return bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).toFixed(1) + ' MB'
    : bytes >= 1024 ? Math.round(bytes / 1024) + ' KB' : bytes + ' bytes';
}

function kindLabel(kinds, code) {
  const kind = kinds.find(k => k.code === code);
  return kind ? kind.label : words(code);
}

// "Withdraw…" opens a reason field in place; the document stays on record, listed as withdrawn.
function withdrawControl(caseId, document, reload) {
  const cell = el('div', {class: 'carecoord-document-withdraw'});
  const start = el('button', {type: 'button', class: 'btn btn-link btn-xs carecoord-withdraw-document'}, 'Withdraw…');
  start.addEventListener('click', () => {
    const reason = el('input', {type: 'text', name: 'reason', maxlength: '500', class: 'form-control input-sm',
      placeholder: 'Why (e.g. filed on the wrong case)'});
    const confirm = el('button', {type: 'submit', class: 'btn btn-warning btn-xs'}, 'Withdraw');
    const cancel = el('button', {type: 'button', class: 'btn btn-link btn-xs'}, 'Cancel');
    const outcome = el('span', {class: 'text-danger carecoord-withdraw-refusal'});
    const form = el('form', {class: 'form-inline carecoord-withdraw-form'}, reason, ' ', confirm, ' ', cancel, outcome);
    cancel.addEventListener('click', () => cell.replaceChildren(start));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      confirm.disabled = true;
      const result = await sendJson('POST', API + '/cases/' + caseId + '/documents/' + document.id + '/withdraw',
        {reason: reason.value});
      confirm.disabled = false;
      if (result.status === 200) {
        reload();
      } else {
        outcome.textContent = ' Not withdrawn: ' + problemText(result);
      }
    });
    cell.replaceChildren(form);
    reason.focus();
  });
  cell.appendChild(start);
  return cell;
}

function documentRows(caseId, part, reload) {
  return part.documents.map(d => {
    const link = el('a', {href: API + '/cases/' + caseId + '/documents/' + d.id, download: d.fileName,
      class: 'carecoord-document-link'}, d.title || d.fileName);
    const withdrawn = d.status === 'withdrawn';
    const row = [kindLabel(part.kinds, d.kind), withdrawn
      ? el('span', {}, el('s', {}, d.title || d.fileName), ' (withdrawn: ' + d.withdrawnReason + ')') : link,
    d.contentType === 'application/pdf' ? 'PDF' : d.contentType.replace('image/', '').toUpperCase(), size(d.sizeBytes),
    d.uploadedBy + ', ' + localDateTime(d.uploadedAt)];
    if (part.open) {
      row.push(withdrawn ? '' : withdrawControl(caseId, d, reload));
    }
    return row;
  });
}

function uploadForm(caseId, part, reload) {
  const kind = el('select', {name: 'kind', class: 'form-control input-sm', required: 'required'},
    el('option', {value: ''}, 'Kind of document…'), part.kinds.map(k => el('option', {value: k.code}, k.label)));
  const title = el('input', {type: 'text', name: 'title', maxlength: '200', class: 'form-control input-sm',
    placeholder: 'Title (optional)'});
  const file = el('input', {type: 'file', name: 'file', class: 'form-control input-sm', required: 'required',
    accept: 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg'});
  const button = el('button', {type: 'submit', class: 'btn btn-default btn-sm'}, 'Upload');
  const outcome = el('div', {class: 'carecoord-documents-outcome'});
  const form = el('form', {class: 'form-inline carecoord-documents-upload'}, kind, ' ', title, ' ', file, ' ', button,
    outcome);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    button.disabled = true;
    outcome.replaceChildren(el('p', {class: 'text-muted'}, 'Uploading…'));
    const data = new FormData();
    data.append('kind', kind.value);
    if (title.value.trim()) {
      data.append('title', title.value);
    }
    if (file.files.length) {
      data.append('file', file.files[0]);
    }
    const result = await sendForm(API + '/cases/' + caseId + '/documents', data);
    button.disabled = false;
    if (result.status === 201) {
      reload();
    } else {
      outcome.replaceChildren(el('p', {class: 'alert alert-warning carecoord-documents-refusal'},
        'Not uploaded: ' + problemText(result)));
    }
  });
  return form;
}

// The PDF is the plan's own URL with Accept: application/pdf, so it is fetched and handed to the browser as a file.
function printLink(caseId, version) {
  const outcome = el('span', {class: 'text-danger'});
  const link = el('a', {href: '#', class: 'btn btn-default btn-sm carecoord-print-care-plan'},
    'Print care plan (version ' + version + ')');
  link.addEventListener('click', async event => {
    event.preventDefault();
    outcome.textContent = '';
    try {
      const response = await fetch(API + '/cases/' + caseId + '/care-plans/' + version, {credentials: 'same-origin',
        headers: {Accept: 'application/pdf', 'X-Requested-With': 'XMLHttpRequest'}});
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      const url = URL.createObjectURL(await response.blob());
      const save = el('a', {href: url, download: 'care-plan-v' + version + '.pdf'});
      document.body.appendChild(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (error) {
      outcome.textContent = ' The care plan could not be printed; try again.';
    }
  });
  return el('p', {}, link, outcome);
}

/** The section for the overview's {@code documents} part (null: nothing to show). */
export function documentsSection(overview, reload) {
  const part = overview.documents;
  if (!part) {
    return null;
  }
  return section('Documents',
    el('div', {class: 'carecoord-documents'},
      table(['Kind', 'Document', 'Type', 'Size', 'Uploaded'].concat(part.open ? [''] : []),
        documentRows(overview.caseId, part, reload), 'No documents yet.'),
      part.printableVersion ? printLink(overview.caseId, part.printableVersion) : null,
      part.open ? uploadForm(overview.caseId, part, reload) : el('p', {class: 'text-muted'},
        'The case is closed: no more uploads.')));
}
