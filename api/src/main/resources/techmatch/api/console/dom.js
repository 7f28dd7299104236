// Building the page from text nodes only: every string becomes a text node, so record text is never parsed as HTML.

/**
 * el('div#main.card.big', {onclick: f, dataset: {id: 'x'}, title: 't'}, 'text', child, [more, children])
 * Attributes: on* are listeners, dataset/aria go to data-/aria-, class/className add classes, the rest are
 * attributes (false/null/undefined left out, true as an empty attribute). Children: strings and numbers become text
 * nodes, nodes are appended, arrays are flattened, null/undefined/false are skipped.
 */
export function el(spec, attrs, ...children) {
  const [head, ...classes] = spec.split('.');
  const [tag, id] = head.split('#');
  const node = document.createElement(tag || 'div');
  if (id) node.id = id;
  classes.filter(Boolean).forEach((c) => node.classList.add(c));
  if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') {
        node.addEventListener(k.slice(2).toLowerCase(), v);
      } else if (k === 'dataset') {
        Object.entries(v).forEach(([dk, dv]) => { if (dv != null) node.dataset[dk] = String(dv); });
      } else if (k === 'class' || k === 'className') {
        String(v).split(/\s+/).filter(Boolean).forEach((c) => node.classList.add(c));
      } else if (k === 'value') {
        node.value = v;
      } else if (k === 'checked' || k === 'selected' || k === 'disabled') {
        node[k] = Boolean(v);
      } else {
        node.setAttribute(k, v === true ? '' : String(v));
      }
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function replace(node, ...children) {
  clear(node);
  return append(node, children);
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text with every occurrence of the terms wrapped in <mark> (longest term first, Latin terms case-insensitive),
 * as a fragment of text nodes and mark elements.
 */
export function highlight(text, terms) {
  const frag = document.createDocumentFragment();
  const s = text == null ? '' : String(text);
  const list = [...new Set((terms || []).map((t) => String(t).trim()).filter((t) => t.length > 0))]
    .sort((a, b) => b.length - a.length);
  if (list.length === 0 || s.length === 0) {
    frag.appendChild(document.createTextNode(s));
    return frag;
  }
  const re = new RegExp(list.map(escapeRegExp).join('|'), 'gi');
  let last = 0;
  for (const m of s.matchAll(re)) {
    if (m.index > last) frag.appendChild(document.createTextNode(s.slice(last, m.index)));
    frag.appendChild(el('mark', m[0]));
    last = m.index + m[0].length;
  }
  if (last < s.length) frag.appendChild(document.createTextNode(s.slice(last)));
  return frag;
}

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&apos;': "'" };

function unescapeEntities(s) {
  return s.replace(/&(lt|gt|amp|quot|apos|#39|#x27);/g, (e) => ENTITIES[e] || e);
}

/**
 * A server snippet (HTML-escaped text with shared terms in <em>) as text nodes and <mark> elements. Nothing of it is
 * parsed as HTML: the only markup recognised is <em> and </em>; the rest is unescaped and becomes text.
 */
export function snippet(escaped) {
  const frag = document.createDocumentFragment();
  const parts = String(escaped || '').split(/(<em>|<\/em>)/);
  let inMark = false;
  for (const p of parts) {
    if (p === '<em>') { inMark = true; continue; }
    if (p === '</em>') { inMark = false; continue; }
    if (!p) continue;
    const text = unescapeEntities(p);
    frag.appendChild(inMark ? el('mark', text) : document.createTextNode(text));
  }
  return frag;
}

/** 2026-12-01T20:29:14Z as 2026-12-01 20:29 in the browser's time zone. */
export function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
