// The broker's review queue: the records assigned to them, with how many candidates are still undecided.

import { api } from '../api.js';
import { el, replace, when } from '../dom.js';
import { go, hashOf, setParams } from '../ui.js';
import { COLLECTION, KIND_LABEL } from './parts.js';

const ORDER_KEY = 'techmatch.queueOrder';

/** The queue as last listed ("demands/ID", …), so that a review can step to the next item. */
export function queueOrder() {
  try {
    return JSON.parse(sessionStorage.getItem(ORDER_KEY) || '[]');
  } catch (e) {
    return [];
  }
}

const STATUS = [['open', '待审'], ['done', '已完成'], ['all', '全部']];

export async function renderQueue(ctx) {
  const isAdmin = ctx.me.role === 'admin';
  const params = {
    status: STATUS.some(([s]) => s === ctx.params.status) ? ctx.params.status : 'open',
    kind: ['demand', 'achievement'].includes(ctx.params.kind) ? ctx.params.kind : '',
    q: ctx.params.q || '',
    broker: ctx.params.broker || '',
  };
  if (isAdmin && !params.broker) {
    renderBrokerPicker(ctx, params);
    return;
  }
  const broker = isAdmin ? params.broker : undefined;
  const [page, open, done] = await Promise.all([
    api.queue({ status: params.status, size: 100, broker }),
    api.queue({ status: 'open', size: 1, broker }),
    api.queue({ status: 'done', size: 1, broker }),
  ]);
  if (!ctx.isCurrent()) return;
  const items = page.items;
  const undecided = items.reduce((n, i) => n + i.undecided, 0);
  let selected = 0;

  const search = el('input', {
    type: 'search', name: 'q', value: params.q, placeholder: '按标题或编号筛选', 'aria-label': '按标题或编号筛选',
    oninput: () => { params.q = search.value; setParams(params); renderList(); },
  });
  const kindSelect = el('select', {
    name: 'kind', 'aria-label': '类型',
    onchange: () => { params.kind = kindSelect.value; setParams(params); renderList(); },
  }, el('option', { value: '' }, '需求和成果'), el('option', { value: 'demand', selected: params.kind === 'demand' }, '只看需求'),
  el('option', { value: 'achievement', selected: params.kind === 'achievement' }, '只看成果（反向）'));
  const listBox = el('div');

  const counts = el('div.stats',
    stat('待审', open.total, 'open'), stat('已完成', done.total, 'done'),
    stat('本页未决候选', undecided, 'undecided'));

  replace(ctx.main, el('section.queue',
    el('div.page-head', el('h1', isAdmin ? `审核队列 · ${page.broker}` : '我的审核队列'),
      el('p.muted', '系统按分配把需求（及成果）放入您的队列；每项附有匹配引擎当时排出的候选列表。')),
    counts,
    el('div.toolbar',
      el('div.chips', { role: 'group', 'aria-label': '状态' }, STATUS.map(([s, t]) => el('a.chip', {
        href: hashOf(['queue'], { ...params, status: s }), 'aria-pressed': String(params.status === s), dataset: { status: s },
      }, t))),
      kindSelect, search),
    listBox));
  document.title = '审核队列 · 科技成果转化撮合平台';

  function stat(text, n, name) {
    return el('div.stat', { dataset: { stat: name } }, el('span.n', String(n)), el('span.t', text));
  }

  function filtered() {
    const q = params.q.trim().toLowerCase();
    return items.filter((i) => (!params.kind || i.kind === params.kind)
      && (!q || i.id.toLowerCase().includes(q) || (i.record && (i.record.title || '').toLowerCase().includes(q))));
  }

  function renderList() {
    const list = filtered();
    sessionStorage.setItem(ORDER_KEY, JSON.stringify(list.map((i) => `${COLLECTION[i.kind]}/${i.id}`)));
    selected = Math.min(selected, Math.max(0, list.length - 1));
    if (list.length === 0) {
      replace(listBox, el('p.empty', params.status === 'open' ? '队列已清空，没有待审的项目。' : '没有符合条件的项目。'));
      return;
    }
    replace(listBox, el('ol.queue-list', list.map((i, n) => {
      const total = i.candidates.length;
      const decided = total - i.undecided;
      const bar = el('span.bar');
      bar.style.width = total ? `${Math.round((decided / total) * 100)}%` : '0%';
      return el('li', el('a.queue-item', {
        href: hashOf(['review', COLLECTION[i.kind], i.id]), class: n === selected ? 'selected' : '',
        dataset: { id: i.id, kind: i.kind },
      },
      el('span.kind-badge', { dataset: { kind: i.kind } }, KIND_LABEL[i.kind]),
      el('span.qi-main',
        el('span.qi-title', i.record ? i.record.title : `${i.id}（已删除）`),
        el('span.qi-meta.muted', i.id, i.record && i.record.owner ? ` · ${i.record.owner}` : '',
          i.record && i.record.visibility === 'private' ? ' · 不公开' : '', ` · 分配于 ${when(i.assignedAt)}`)),
      el('span.qi-progress', { title: `已决 ${decided} / 共 ${total}` },
        el('span.track', bar),
        el('span.val', i.snapshot ? `未决 ${i.undecided} / ${total}` : '待生成候选'))));
    })));
  }

  ctx.keys({
    j: () => { selected = Math.min(selected + 1, filtered().length - 1); renderList(); focusSel(); },
    k: () => { selected = Math.max(selected - 1, 0); renderList(); focusSel(); },
    Enter: () => { const a = listBox.querySelector('.queue-item.selected'); if (a) go(a.getAttribute('href')); },
    '/': () => search.focus(),
  });

  function focusSel() {
    const a = listBox.querySelector('.queue-item.selected');
    if (a) a.scrollIntoView({ block: 'nearest' });
  }

  renderList();
}

function renderBrokerPicker(ctx, params) {
  const input = el('input', { name: 'broker', required: true, placeholder: '经理人机构编号，如 brokers-ltd', 'aria-label': '经理人机构' });
  replace(ctx.main, el('section.queue',
    el('div.page-head', el('h1', '审核队列'), el('p.muted', '管理员可查看任一技术经理人的队列（只读）。')),
    el('form.inline-form', {
      onsubmit: (e) => { e.preventDefault(); go(hashOf(['queue'], { ...params, broker: input.value.trim() })); },
    }, input, el('button.primary', { type: 'submit' }, '查看'))));
}
