// The console's shell: sign-in, the role's navigation, hash routes, keyboard shortcuts and the help overlay.

import { api, ApiError, session } from './api.js';
import { el, replace } from './dom.js';
import { go, route, showError } from './ui.js';
import { ROLE } from './vocab.js';
import { renderSignIn } from './views/signin.js';
import { renderQueue } from './views/queue.js';
import { renderReview } from './views/review.js';
import { renderRanked } from './views/ranked.js';
import { renderPipeline, renderMatch } from './views/pipeline.js';
import { renderMine } from './views/mine.js';

const main = document.getElementById('app');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
const help = document.getElementById('help');

const state = { me: null, vocab: null, keys: {}, renderId: 0 };

/** What each role may open; the server enforces the same rules, the page only leaves out what would be refused. */
const NAV = {
  broker: [['#/queue', '审核队列', 'q'], ['#/pipeline', '撮合管道', 'p']],
  admin: [['#/queue', '审核队列', 'q'], ['#/pipeline', '撮合管道', 'p']],
  enterprise: [['#/mine', '我的需求', 'm'], ['#/pipeline', '撮合进展', 'p']],
  university: [['#/mine', '我的成果', 'm'], ['#/pipeline', '撮合进展', 'p']],
};

const HOME = { broker: '#/queue', admin: '#/pipeline', enterprise: '#/mine', university: '#/mine' };

function home() {
  return (state.me && HOME[state.me.role]) || '#/';
}

function renderNav() {
  const items = state.me ? NAV[state.me.role] || [] : [];
  const current = `#/${route().parts[0] || ''}`;
  replace(nav, items.map(([href, text, key]) => el('a', {
    href, class: current === href ? 'active' : '', 'aria-current': current === href ? 'page' : null,
  }, text, el('kbd.hint', key))));
  if (state.me) {
    replace(who,
      el('span.role', ROLE[state.me.role] || state.me.role),
      el('span.org', state.me.name || state.me.organisation || state.me.keyId),
      el('button.link', { type: 'button', onclick: signOut, title: '退出登录并清除本页保存的密钥' }, '退出'));
  } else {
    replace(who);
  }
}

function signOut() {
  session.clear();
  state.me = null;
  state.vocab = null;
  go('#/signin');
}

async function signIn(key) {
  const me = await api.me(key);
  session.save(key);
  state.me = me;
  state.vocab = await api.vocabulary();
  go(HOME[me.role] || '#/pipeline');
}

async function ensureSession() {
  if (state.me || !session.key()) return;
  try {
    state.me = await api.me();
    state.vocab = await api.vocabulary();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) session.clear();
    state.me = null;
    throw e;
  }
}

async function render() {
  const id = ++state.renderId;
  state.keys = {};
  const { parts, params } = route();
  try {
    await ensureSession();
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) {
      renderNav();
      showError(main, e, home());
      return;
    }
  }
  if (!state.me) {
    renderNav();
    document.title = '登录 · 科技成果转化撮合平台';
    renderSignIn(main, signIn);
    return;
  }
  if (parts.length === 0 || parts[0] === 'signin') {
    go(HOME[state.me.role]);
    return;
  }
  renderNav();
  const ctx = {
    main, params, me: state.me, vocab: state.vocab,
    isCurrent: () => id === state.renderId,
    keys: (map) => { if (id === state.renderId) state.keys = map; },
  };
  replace(main, el('p.loading', { role: 'status' }, '加载中…'));
  try {
    const [view, a, b] = parts;
    if (view === 'queue') await renderQueue(ctx);
    else if (view === 'review' && a && b) await renderReview(ctx, a, b);
    else if (view === 'record' && a && b) await renderRanked(ctx, a, b);
    else if (view === 'pipeline') await renderPipeline(ctx);
    else if (view === 'match' && a) await renderMatch(ctx, a);
    else if (view === 'mine') await renderMine(ctx);
    else throw new ApiError(404, 'no such page');
  } catch (e) {
    if (id !== state.renderId) return;
    if (e instanceof ApiError && e.status === 401) {
      session.clear();
      state.me = null;
      go('#/signin');
      return;
    }
    showError(main, e, home());
  }
}

function typing(target) {
  return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function toggleHelp(show) {
  const open = show === undefined ? help.hidden : show;
  help.hidden = !open;
  if (open) help.querySelector('button').focus();
}

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === 'Escape') {
    if (!help.hidden) { toggleHelp(false); e.preventDefault(); return; }
    if (typing(e.target)) { e.target.blur(); return; }
  }
  if (typing(e.target)) return;
  // Enter on a focused link or button is that element's own action.
  if ((e.key === 'Enter' || e.key === ' ') && e.target.closest && e.target.closest('a, button, summary')) return;
  if (e.key === '?') { toggleHelp(); e.preventDefault(); return; }
  if (!help.hidden) return;
  const handler = state.keys[e.key];
  if (handler) {
    e.preventDefault();
    handler(e);
    return;
  }
  if (state.me) {
    const target = (NAV[state.me.role] || []).find(([, , key]) => key === e.key);
    if (target) { e.preventDefault(); go(target[0]); }
  }
});

help.addEventListener('click', (e) => { if (e.target === help) toggleHelp(false); });
help.querySelector('button').addEventListener('click', () => toggleHelp(false));
document.getElementById('help-open').addEventListener('click', () => toggleHelp(true));
window.addEventListener('hashchange', render);
render();
