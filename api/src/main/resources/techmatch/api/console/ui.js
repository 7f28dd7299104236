// What every view uses: routes in the hash, messages, and the error panel.

import { ApiError } from './api.js';
import { el, replace } from './dom.js';

/** The current route: #/review/demands/ID?status=open → {parts: ['review','demands','ID'], params: {...}}. */
export function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, q] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(q || ''));
  return { parts, params };
}

export function hashOf(parts, params) {
  const q = new URLSearchParams(Object.entries(params || {}).filter(([, v]) => v !== '' && v != null)).toString();
  return `#/${parts.map(encodeURIComponent).join('/')}${q ? `?${q}` : ''}`;
}

export function go(hash) {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

/** Replaces the route's query without a new render, so that a reload keeps the filters. */
export function setParams(params) {
  history.replaceState(null, '', hashOf(route().parts, params));
}

export function toast(message, kind = 'info') {
  const box = document.getElementById('toast');
  const t = el(`div.toast.${kind}`, message);
  box.appendChild(t);
  setTimeout(() => t.remove(), kind === 'error' ? 6000 : 2500);
}

/** An error in place of a view; 404 says only that there is nothing to show (whether the record exists does not leak). */
export function showError(target, e, home = '#/') {
  const status = e instanceof ApiError ? e.status : 0;
  const title = status === 404 ? '未找到该记录，或您无权查看。'
    : status === 403 ? '您的角色无权进行此操作。'
      : status === 429 ? '服务器繁忙，请稍后重试。'
        : '出错了';
  replace(target, el('div.error-panel', { role: 'alert', dataset: { status } },
    el('h2', title),
    status === 404 || status === 403 ? null : el('p', e.message || String(e)),
    el('p', el('a', { href: home }, '返回首页'))));
}

/** The message of an API refusal with its field problems, for a form. */
export function problemText(e) {
  if (!(e instanceof ApiError)) return String(e.message || e);
  const fields = (e.errors || []).map((f) => `${f.field}：${f.problem}`);
  return fields.length ? fields.join('；') : e.message;
}
