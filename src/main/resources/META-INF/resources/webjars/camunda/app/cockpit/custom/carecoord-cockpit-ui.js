// CareCoord's Cockpit plugins share these: one way to build DOM nodes that puts every value in as text, never as
// HTML, and the code lists more than one page shows.

// el('button', {className: 'btn', type: 'submit', onclick: fn}, 'Save'): `text`/`textContent`, `className`, `value`
// and `type` are set as properties, `on…` functions become listeners, false/null/undefined attributes are left out
// and true ones written empty; children are nodes or text.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name === 'text' || name === 'textContent') {
      node.textContent = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'className' || name === 'value' || name === 'type') {
      node[name] = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach(child => {
    if (child !== undefined && child !== null) {
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

/** A labelled control of a filter form (Bootstrap's form-group); the label points at the control's id. */
export function field(text, control) {
  return el('div', {className: 'form-group'}, el('label', {for: control.id}, text), control);
}

/** A select of [code, text] options with `value` chosen; its id is `idPrefix` + name. */
export function select(name, options, value, idPrefix = 'carecoord-') {
  return el('select', {className: 'form-control input-sm', name, id: idPrefix + name},
    options.map(([code, text]) => el('option', {value: code, selected: code === value}, text)));
}

export const PROGRAMS = [['', 'Any program'], ['chronic-care', 'Chronic care'], ['transitional-care', 'Transitional care'],
  ['behavioral-health', 'Behavioral health'], ['community-support', 'Community support']];
