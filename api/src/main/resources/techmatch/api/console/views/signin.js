// Sign in with an API key. The key stays in this tab's sessionStorage (gone when the tab closes) and is sent as
// X-API-Key; it is checked with GET /api/v1/me before it is kept.

import { ApiError } from '../api.js';
import { el, replace } from '../dom.js';

export function renderSignIn(main, signIn) {
  const input = el('input#key', {
    type: 'password', name: 'key', autocomplete: 'off', spellcheck: 'false', required: true,
    placeholder: 'tmk_…', 'aria-describedby': 'key-help',
  });
  const error = el('p.form-error', { role: 'alert' });
  const button = el('button.primary', { type: 'submit' }, '登录');
  const form = el('form.signin-form', {
    onsubmit: async (e) => {
      e.preventDefault();
      const key = input.value.trim();
      if (!key) {
        error.textContent = '请输入 API 密钥。';
        input.focus();
        return;
      }
      button.disabled = true;
      error.textContent = '';
      try {
        await signIn(key);
      } catch (err) {
        error.textContent = err instanceof ApiError && err.status === 401
          ? '密钥无效（未知或已删除），请向管理员确认。'
          : `登录失败：${err.message}`;
        input.select();
      } finally {
        button.disabled = false;
      }
    },
  },
  el('label', { for: 'key' }, 'API 密钥'),
  input,
  el('p#key-help.muted', '密钥由平台管理员发放。它只保存在本浏览器标签页中，关闭标签页即清除。'),
  error,
  button);
  replace(main, el('section.signin',
    el('div.signin-intro',
      el('h1', '科技成果转化撮合平台'),
      el('p.lead', '技术经理人在这里审核系统推荐的供需匹配：查看需求全文与排序后的候选成果，' +
        '理解每条推荐的理由，接受或拒绝并说明原因，再把撮合推进到签约。'),
      el('ul.roles',
        el('li', el('strong', '技术经理人'), '：审核队列、接受 / 拒绝、撮合管道'),
        el('li', el('strong', '企业'), '：我的需求及其推荐成果、撮合进展'),
        el('li', el('strong', '高校 / 院所'), '：我的成果及其匹配需求、撮合进展'))),
    form));
  input.focus();
}
