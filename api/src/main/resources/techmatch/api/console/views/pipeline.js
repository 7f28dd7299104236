// The match pipeline: 推荐 → 审核 → 对接 → 洽谈 → 签约, or 终止; the list by state and one match with its history.

import { api } from '../api.js';
import { el, replace, when } from '../dom.js';
import { go, hashOf, problemText, toast } from '../ui.js';
import { ROLE } from '../vocab.js';
import { COLLECTION, KIND_LABEL, OTHER, stateBadge } from './parts.js';

const FLOW = ['recommended', 'reviewed', 'introduced', 'negotiating', 'signed'];

async function allMatches() {
  const items = [];
  for (let page = 0; page < 10; page++) {
    const p = await api.matches({ page, size: 100 });
    items.push(...p.items);
    if (!p.hasMore) break;
  }
  return items;
}

export async function renderPipeline(ctx) {
  const states = ctx.vocab.states;
  const items = await allMatches();
  if (!ctx.isCurrent()) return;
  const filter = states.some((s) => s.code === ctx.params.state) ? ctx.params.state : '';
  const counts = Object.fromEntries(states.map((s) => [s.code, 0]));
  items.forEach((m) => { counts[m.state] += 1; });
  const shown = items.filter((m) => !filter || m.state === filter).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  let selected = 0;
  const isParty = ctx.me.role === 'enterprise' || ctx.me.role === 'university';

  const listBox = el('div');
  replace(ctx.main, el('section.pipeline',
    el('div.page-head', el('h1', isParty ? '撮合进展' : '撮合管道'),
      el('p.muted', isParty ? '技术经理人为您的记录推进的撮合，以及对接到您的撮合。'
        : '接受的候选成为撮合，按 推荐 → 审核 → 对接 → 洽谈 → 签约 推进，任一未结束阶段可终止。')),
    el('div.stages', { role: 'group', 'aria-label': '按阶段筛选' },
      el('a.stage', { href: '#/pipeline', 'aria-pressed': String(!filter) }, el('span.n', String(items.length)), el('span.t', '全部')),
      states.map((s) => el('a.stage', {
        href: hashOf(['pipeline'], { state: s.code }), 'aria-pressed': String(filter === s.code), dataset: { state: s.code },
      }, el('span.n', String(counts[s.code])), el('span.t', s.label)))),
    listBox));
  document.title = '撮合管道 · 科技成果转化撮合平台';

  function renderList() {
    if (shown.length === 0) {
      replace(listBox, el('p.empty', items.length === 0 ? '还没有撮合。技术经理人接受候选后，撮合会出现在这里。' : '该阶段没有撮合。'));
      return;
    }
    replace(listBox, el('ol.match-list', shown.map((m, i) => el('li', el('a.match-row', {
      href: `#/match/${m.id}`, class: i === selected ? 'selected' : '', dataset: { id: m.id, state: m.state },
    },
    stateBadge(m.state, m.stateLabel),
    el('span.mr-main',
      el('span.mr-title', m.record.title || m.record.id),
      el('span.mr-arrow', { 'aria-hidden': 'true' }, '⇄'),
      el('span.mr-title', m.candidate.title || m.candidate.id)),
    el('span.mr-meta.muted', `#${m.id} · ${KIND_LABEL[m.kind]} ${m.record.id} · 经理人 ${m.broker} · 更新于 ${when(m.updatedAt)}`))))));
  }

  ctx.keys({
    j: () => { selected = Math.min(selected + 1, shown.length - 1); renderList(); },
    k: () => { selected = Math.max(selected - 1, 0); renderList(); },
    Enter: () => { if (shown[selected]) go(`#/match/${shown[selected].id}`); },
  });
  renderList();
}

export async function renderMatch(ctx, id) {
  const m = await api.match(id);
  if (!ctx.isCurrent()) return;
  const states = ctx.vocab.states;
  const labelOf = Object.fromEntries(states.map((s) => [s.code, s.label]));
  const canMove = (ctx.me.role === 'broker' || ctx.me.role === 'admin') && !m.final;
  const candKind = OTHER[m.kind];

  const stepper = el('ol.stepper', { 'aria-label': '撮合阶段' }, FLOW.map((code) => {
    const reached = m.history.some((h) => h.to === code);
    return el('li', { class: [code === m.state ? 'current' : '', reached ? 'reached' : ''].join(' ') }, labelOf[code]);
  }), el('li', { class: m.state === 'closed' ? 'current closed' : 'closed-step' }, labelOf.closed));

  const side = (kind, ref) => el('div.side',
    el('span.kind', KIND_LABEL[kind]),
    ref.title ? el('a', { href: hashOf(['record', COLLECTION[kind], ref.id]) }, ref.title) : el('span.muted', '（无权查看标题）'),
    el('span.muted.small', ` ${ref.id}${ref.owner ? ` · ${ref.owner}` : ''}`));

  const history = el('ol.timeline.history-full', m.history.map((h) => el('li', { dataset: { to: h.to } },
    el('span.when', when(h.at)),
    el('span.what', h.from ? `${labelOf[h.from]} → ${h.toLabel}` : `创建：${h.toLabel}`),
    el('span.muted', ` · ${h.by.organisation || h.by.key}（${ROLE[h.by.role] || h.by.role}）`),
    h.note ? el('span.note', h.note) : null,
    h.reason ? el('span.note', `终止原因：${h.reason}`) : null)));

  let form = null;
  if (canMove) {
    const note = el('textarea', { name: 'note', rows: '2', maxlength: '2000', placeholder: '备注（可选）', 'aria-label': '备注' });
    const reason = el('input', { name: 'reason', maxlength: '2000', placeholder: '终止原因（终止时必填）', 'aria-label': '终止原因' });
    const error = el('p.form-error', { role: 'alert' });
    const move = async (to) => {
      if (to === 'closed' && !reason.value.trim()) {
        error.textContent = '终止撮合需要填写原因。';
        reason.focus();
        return;
      }
      const body = { to };
      if (note.value.trim()) body.note = note.value.trim();
      if (to === 'closed') body.reason = reason.value.trim();
      form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
      try {
        await api.move(m.id, body);
        toast(`已推进到「${labelOf[to]}」`);
        go(location.hash);
      } catch (e) {
        error.textContent = problemText(e);
        form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
      }
    };
    form = el('form.move', { onsubmit: (e) => e.preventDefault() },
      el('h3', '下一步'),
      el('div.decide-buttons', m.next.map((n) => el(`button.${n.code === 'closed' ? 'reject' : 'accept'}`, {
        type: 'button', dataset: { to: n.code }, onclick: () => move(n.code),
      }, n.label))),
      note, reason, error);
  }

  replace(ctx.main, el('section.match-detail', { dataset: { id: m.id, state: m.state } },
    el('nav.crumbs', el('a', { href: '#/pipeline' }, '← 撮合管道'),
      ctx.me.role === 'broker' ? el('a', { href: hashOf(['review', COLLECTION[m.kind], m.record.id], { c: m.candidate.id }) }, '查看审核项') : null),
    el('div.page-head', el('h1', `撮合 #${m.id}`, ' ', stateBadge(m.state, m.stateLabel)),
      el('p.muted', `经理人 ${m.broker} · 创建于 ${when(m.createdAt)} · 更新于 ${when(m.updatedAt)}`)),
    el('div.sides', side(m.kind, m.record), el('span.mr-arrow', { 'aria-hidden': 'true' }, '⇄'), side(candKind, m.candidate)),
    stepper,
    m.closedReason ? el('p.note', `终止原因：${m.closedReason}`) : null,
    el('div.split.match-split',
      el('section.pane', el('h2.pane-title', '历史'), history),
      el('section.pane', form || el('p.muted', m.final ? '该撮合已结束，不能再推进。' : '只有该记录的技术经理人可以推进撮合。')))));
  document.title = `撮合 #${m.id} · ${m.stateLabel}`;
}
