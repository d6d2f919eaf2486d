// Building the page from data without ever parsing data as markup: every string becomes a text node
// (textContent), attributes are set one by one, and event-handler attributes are refused.

/**
 * Creates an element. `props` may hold `class`, `dataset` (an object), `on` (event listeners) and plain attributes;
 * `children` are nodes or strings (strings become text nodes, null and undefined are skipped).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') {
      node.className = value;
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key === 'on') {
      for (const [type, listener] of Object.entries(value)) node.addEventListener(type, listener);
    } else if (/^on/i.test(key) || key === 'style' || key === 'innerHTML') {
      throw new Error('refusing attribute ' + key);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Creates an SVG element with the given attributes. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (/^on/i.test(key) || key === 'style') throw new Error('refusing attribute ' + key);
    node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Removes every child of a node. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A link only for http(s) addresses; anything else (javascript:, data:) is shown as plain text. */
export function safeLink(url, label) {
  try {
    const u = new URL(url, location.href);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      return el('a', { href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, label ?? url);
    }
  } catch (e) {
    // not a URL: fall through to text
  }
  return el('span', {}, label ?? String(url));
}

/** An event type code as words: air_strike -> air strike. */
export function words(code) {
  return code ? String(code).replaceAll('_', ' ') : '';
}
