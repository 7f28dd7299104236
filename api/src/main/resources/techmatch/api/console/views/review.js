// One queue item: the record's full text and its frozen candidate list, each candidate with the matcher's
// explanation; accept or reject with a reason code and a note, with keyboard shortcuts for the common path.

import { api } from '../api.js';
import { el, highlight, replace, when } from '../dom.js';
import { IP_KIND, MATURITY, industryLabel, label } from '../vocab.js';
import { go, hashOf, problemText, setParams, toast } from '../ui.js';
import {
  COLLECTION, KIND_LABEL, KIND_OF, OTHER, badges, breakdownBars, decisionBadge, recordPane, scoreBar, snippets,
  stateBadge, termChips, termsOf,
} from './parts.js';
import { queueOrder } from './queue.js';

const AUDIT = {
  'assignment.created': '分配给经理人',
  'assignment.changed': '改派经理人',
  'assignment.removed': '移出队列',
  'snapshot.created': '生成候选快照',
  'decision.made': '作出决定',
  'decision.revised': '修改决定',
  'match.created': '创建撮合',
  'match.moved': '推进撮合',
};

const STATUS = [['all', '全部'], ['undecided', '未决'], ['accepted', '已接受'], ['rejected', '已拒绝']];

function statusOf(c) {
  if (!c.decision) return 'undecided';
  return c.decision.verdict === 'accept' ? 'accepted' : 'rejected';
}

export async function renderReview(ctx, collection, id) {
  const kind = KIND_OF[collection];
  if (!kind) throw new Error(`unknown collection ${collection}`);
  const canDecide = ctx.me.role === 'broker';
  const item = await api.openItem(collection, id);
  // An opened item carries the fresh ranking's explanation and score breakdown of every candidate still in its top list.
  const breakdowns = new Map();
  item.candidates.forEach((c) => { if (c.breakdown) breakdowns.set(c.id, c.breakdown); });
  if (!ctx.isCurrent()) return;
  const reasons = ctx.vocab.reasons;
  const candKind = OTHER[kind];
  const state = {
    filter: STATUS.some(([s]) => s === ctx.params.status) ? ctx.params.status : 'all',
    maturity: ctx.params.maturity || '',
    ipKind: ctx.params.ipKind || '',
    industry: ctx.params.industry || '',
    selected: ctx.params.c || null,
    busy: false,
  };
  const candidates = item.candidates;
  if (!candidates.some((c) => c.id === state.selected)) {
    const first = candidates.find((c) => !c.decision) || candidates[0];
    state.selected = first ? first.id : null;
  }

  const visible = () => candidates.filter((c) => (state.filter === 'all' || statusOf(c) === state.filter)
    && (!state.maturity || (c.record && c.record.maturity === state.maturity))
    && (!state.ipKind || (c.record && c.record.ipKind === state.ipKind))
    && (!state.industry || (c.record && (c.record.industries || []).some((x) => x[0] === state.industry))));
  const selected = () => candidates.find((c) => c.id === state.selected) || null;

  const subjectBox = el('div.subject-box');
  const listBox = el('div.candidates-box');
  const toolbar = el('div.toolbar');
  const order = queueOrder();
  const here = order.indexOf(`${collection}/${id}`);

  const neighbour = (step) => {
    if (here < 0) return null;
    const next = order[here + step];
    return next ? `#/review/${next}` : null;
  };

  const crumbs = el('nav.crumbs', { 'aria-label': '位置' },
    el('a', { href: '#/queue' }, '← 审核队列'),
    here >= 0 ? el('span.muted', `第 ${here + 1} / ${order.length} 项`) : null,
    neighbour(-1) ? el('a', { href: neighbour(-1), title: '上一项 ([)' }, '上一项') : null,
    neighbour(1) ? el('a', { href: neighbour(1), title: '下一项 (])' }, '下一项') : null,
    el('a', { href: hashOf(['record', collection, id]), title: '按当前数据重新排序的推荐列表（可筛选）' }, '实时推荐'),
    canDecide ? el('button.link', {
      type: 'button', title: '按当前数据重新排序，生成新的候选快照（已作出的决定保留）',
      onclick: async (e) => {
        e.target.disabled = true;
        try {
          await api.refresh(collection, id);
          toast('已生成新的候选快照。');
          setParams({});
          go(location.hash);
        } catch (err) {
          e.target.disabled = false;
          toast(problemText(err), 'error');
        }
      },
    }, '重新排序') : null,
    el('span.spacer'),
    item.snapshot ? el('span.muted.small', `快照 #${item.snapshot.id} · ${when(item.snapshot.createdAt)} · 共排序 ${
      item.snapshot.total} 条`) : null);

  const view = el('div.review', crumbs, el('div.split', subjectBox, el('section.pane.candidates',
    el('h2.pane-title', `候选${KIND_LABEL[candKind]}`, el('span.count', { dataset: { role: 'undecided' } })),
    toolbar, listBox)));
  replace(ctx.main, view);
  document.title = `${item.record ? item.record.title : id} · 审核`;

  function persist() {
    setParams({ status: state.filter === 'all' ? '' : state.filter, maturity: state.maturity, ipKind: state.ipKind,
      industry: state.industry, c: state.selected || '' });
  }

  function renderSubject() {
    const c = selected();
    if (!item.record) {
      replace(subjectBox, el('section.pane.subject', el('p.muted', '该记录已被删除；决定与撮合记录仍保留。')));
      return;
    }
    const audit = el('details.audit', {
      ontoggle: async (e) => {
        if (!e.target.open || e.target.dataset.loaded) return;
        e.target.dataset.loaded = '1';
        const body = e.target.querySelector('.audit-body');
        try {
          const log = await api.audit({ record: id, kind, size: 50 });
          replace(body, log.items.length === 0 ? el('p.muted', '暂无记录。') : el('ol.timeline', log.items.map((a) =>
            el('li', el('span.when', when(a.at)), el('span.what', AUDIT[a.action] || a.action),
              a.candidate ? el('span.muted', ` ${a.candidate}`) : null,
              el('span.muted', ` · ${a.actor.organisation || a.actor.key}`)))));
        } catch (err) {
          replace(body, el('p.form-error', problemText(err)));
        }
      },
    }, el('summary', '审计记录'), el('div.audit-body', el('p.muted', '加载中…')));
    replace(subjectBox, recordPane(item.record, kind, c ? termsOf(c.explanation) : [], { extra: audit }));
  }

  function filterSelect(name, title, options) {
    if (options.length === 0) return null;
    return el('label.inline', el('span.sr-only', title), el('select', {
      name, 'aria-label': title,
      onchange: (e) => { state[name] = e.target.value; persist(); renderList(); },
    }, el('option', { value: '' }, `${title}：全部`), options.map(([v, t]) => el('option', { value: v, selected: state[name] === v }, t))));
  }

  function renderToolbar() {
    const counts = { all: candidates.length, undecided: 0, accepted: 0, rejected: 0 };
    candidates.forEach((c) => { counts[statusOf(c)] += 1; });
    const present = (f) => [...new Set(candidates.map((c) => c.record && f(c.record)).flat().filter(Boolean))];
    const chips = el('div.chips', { role: 'group', 'aria-label': '按决定筛选' }, STATUS.map(([s, t]) => el('button.chip', {
      type: 'button', 'aria-pressed': String(state.filter === s), dataset: { filter: s },
      onclick: () => { state.filter = s; persist(); renderToolbar(); renderList(); },
    }, t, el('span.n', String(counts[s])))));
    replace(toolbar, chips,
      candKind === 'achievement' ? filterSelect('maturity', '成熟度',
        present((r) => r.maturity).map((m) => [m, label(MATURITY, m)])) : null,
      candKind === 'achievement' ? filterSelect('ipKind', '知识产权',
        present((r) => r.ipKind).map((m) => [m, label(IP_KIND, m)])) : null,
      filterSelect('industry', '行业', present((r) => (r.industries || []).map((x) => x[0])).sort()
        .map((s) => [s, industryLabel(s)])));
    const counter = view.querySelector('[data-role=undecided]');
    counter.textContent = `未决 ${counts.undecided} / 共 ${counts.all}`;
  }

  function decisionForm(c) {
    const reason = el('select', { name: 'reason', 'aria-label': '拒绝理由' },
      el('option', { value: '' }, '拒绝理由（拒绝时必选）'),
      reasons.map((r, i) => el('option', {
        value: r.code, selected: c.decision && c.decision.reason === r.code,
      }, `${i + 1}. ${r.label}${r.noteRequired ? '（需备注）' : ''}${r.hidesCandidate ? '（不再推荐）' : ''}`)));
    const note = el('textarea', {
      name: 'note', rows: '2', maxlength: '2000', placeholder: '备注（可选；理由为“其他”时必填）', 'aria-label': '备注',
      onkeydown: (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); decide('accept'); } },
    });
    if (c.decision && c.decision.note) note.value = c.decision.note;
    const error = el('p.form-error', { role: 'alert' });
    return el('form.decide', { onsubmit: (e) => e.preventDefault(), dataset: { candidate: c.id } },
      el('div.decide-fields', note, reason),
      el('div.decide-buttons',
        el('button.accept', { type: 'button', dataset: { action: 'accept' }, onclick: () => decide('accept') },
          '接受', el('kbd', 'a')),
        el('button.reject', { type: 'button', dataset: { action: 'reject' }, onclick: () => decide('reject') },
          '拒绝', el('kbd', 'r'))),
      error);
  }

  function historyList(c) {
    const h = c.history || [];
    if (h.length <= 1 && !c.match) return null;
    return el('div.history',
      h.length > 1 ? el('details', el('summary', `决定历史（${h.length} 个版本）`),
        el('ol.timeline', h.map((d) => el('li', el('span.when', when(d.decidedAt)),
          el('span.what', `v${d.version} ${d.verdictLabel}${d.reasonLabel ? ` · ${d.reasonLabel}` : ''}`),
          d.note ? el('span.note', d.note) : null)))) : null);
  }

  function card(c) {
    const isSel = c.id === state.selected;
    const rec = c.record;
    const reverse = hashOf(['record', COLLECTION[candKind], c.id]);
    const head = el('div.cand-head',
      el('span.rank', `#${c.rank}`),
      el('div.cand-title',
        el('a', { href: reverse, title: `查看该${KIND_LABEL[candKind]}及其匹配的${KIND_LABEL[kind]} (o)` },
          highlight(c.title || rec?.title || c.id, isSel ? termsOf(c.explanation) : [])),
        el('span.muted.small', ` ${c.id}`),
        c.duplicates && c.duplicates.length ? el('span.muted.small', ` · 合并重复 ${c.duplicates.length} 条`) : null),
      scoreBar(c.score),
      decisionBadge(c.decision),
      c.match ? el('a.match-link', { href: `#/match/${c.match.id}`, title: '撮合进展' },
        stateBadge(c.match.state, c.match.stateLabel)) : null);
    const article = el('article.cand', {
      dataset: { id: c.id, status: statusOf(c) }, class: isSel ? 'selected' : '', tabindex: '-1',
      'aria-current': isSel ? 'true' : null,
      onclick: (e) => {
        if (e.target.closest('a, button, select, textarea, input, summary')) return;
        if (state.selected !== c.id) select(c.id, false);
      },
    }, head, badges(rec, candKind));
    if (!isSel) {
      const terms = termsOf(c.explanation);
      if (terms.length) {
        article.appendChild(el('ul.terms.compact', terms.slice(0, 6).map((t) => el('li', el('mark', t)))));
      }
      return el('li', article);
    }
    const bd = breakdowns.get(c.id);
    article.append(
      el('div.detail',
        el('div.explain',
          el('h3', '共有术语'), termChips(c.explanation),
          snippets(c.explanation, kind),
          c.freshRank == null ? el('p.muted.small', '按当前数据重新排序后，该候选已不在前列。')
            : c.freshRank !== c.rank ? el('p.muted.small', `当前排序第 ${c.freshRank} 名（快照中第 ${c.rank} 名）`) : null,
          rec && rec.description ? el('details.fulltext-details',
            el('summary', `${KIND_LABEL[candKind]}全文`),
            el('div.fulltext', highlight(rec.description, termsOf(c.explanation)))) : null),
        el('div.scores', el('h3', '得分明细'), breakdownBars(bd)),
        canDecide ? decisionForm(c) : el('p.muted.small', '只有该记录的技术经理人可以作出决定。'),
        historyList(c)));
    return el('li', article);
  }

  function renderList(scroll = false) {
    const list = visible();
    if (list.length === 0) {
      replace(listBox, el('p.empty', candidates.length === 0 ? '该项还没有候选（快照为空）。' : '没有符合筛选条件的候选。'));
      return;
    }
    replace(listBox, el('ol.cand-list', list.map(card)));
    const sel = listBox.querySelector('article.cand.selected');
    if (sel && scroll) sel.scrollIntoView({ block: 'nearest' });
  }

  function select(cid, scroll = true) {
    state.selected = cid;
    persist();
    renderSubject();
    renderList(scroll);
  }

  function move(step) {
    const list = visible();
    if (list.length === 0) return;
    const i = list.findIndex((c) => c.id === state.selected);
    const next = list[Math.max(0, Math.min(list.length - 1, i < 0 ? 0 : i + step))];
    select(next.id);
  }

  function nextUndecided() {
    const list = visible();
    const i = list.findIndex((c) => c.id === state.selected);
    const next = [...list.slice(i + 1), ...list.slice(0, Math.max(0, i))].find((c) => !c.decision);
    if (next) select(next.id);
    else toast('没有未决的候选了。');
  }

  async function decide(verdict) {
    const c = selected();
    if (!c || !canDecide || state.busy) return;
    const form = listBox.querySelector('form.decide');
    const error = form.querySelector('.form-error');
    const reason = form.reason.value;
    const note = form.note.value.trim();
    if (verdict === 'reject' && !reason) {
      error.textContent = '拒绝需要选择理由（按 1–8 或在列表中选择）。';
      form.reason.focus();
      return;
    }
    const spec = reasons.find((r) => r.code === reason);
    if (verdict === 'reject' && spec && spec.noteRequired && !note) {
      error.textContent = `理由为“${spec.label}”时需要填写备注。`;
      form.note.focus();
      return;
    }
    const body = { decision: verdict };
    if (verdict === 'reject') body.reason = reason;
    if (note) body.note = note;
    state.busy = true;
    form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      const out = await api.decide(collection, id, c.id, body);
      c.decision = out.decision;
      c.history = out.history;
      c.match = out.match;
      toast(out.changed ? `${verdict === 'accept' ? '已接受' : '已拒绝'}：${c.title || c.id}` : '决定未变化。');
      state.busy = false;
      renderToolbar();
      const rest = visible();
      const i = rest.findIndex((x) => x.id === c.id);
      const next = [...rest.slice(i + 1), ...rest.slice(0, Math.max(0, i))].find((x) => !x.decision);
      if (next) select(next.id);
      else select(rest.some((x) => x.id === c.id) ? c.id : (rest[0] ? rest[0].id : null));
    } catch (e) {
      state.busy = false;
      form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
      error.textContent = problemText(e);
    }
  }

  const keys = {
    j: () => move(1),
    k: () => move(-1),
    ArrowDown: () => move(1),
    ArrowUp: () => move(-1),
    u: nextUndecided,
    o: () => { if (state.selected) go(hashOf(['record', COLLECTION[candKind], state.selected])); },
    Enter: () => { if (state.selected) go(hashOf(['record', COLLECTION[candKind], state.selected])); },
    ']': () => { const n = neighbour(1); if (n) go(n); },
    '[': () => { const n = neighbour(-1); if (n) go(n); },
  };
  if (canDecide) {
    Object.assign(keys, {
      a: () => decide('accept'),
      r: () => decide('reject'),
      n: () => { const f = listBox.querySelector('form.decide'); if (f) f.note.focus(); },
    });
    reasons.slice(0, 9).forEach((r, i) => {
      keys[String(i + 1)] = () => {
        const f = listBox.querySelector('form.decide');
        if (f) { f.reason.value = r.code; f.querySelector('.form-error').textContent = ''; }
      };
    });
  }
  ctx.keys(keys);
  renderSubject();
  renderToolbar();
  renderList();
}
