// A stored record and what the matcher ranks for it now: a demand's recommended achievements (the enterprise view),
// an achievement's matching demands (the university view, and the brokers' reverse view), with filters.

import { api } from '../api.js';
import { el, highlight, replace } from '../dom.js';
import { IP_KIND, INDUSTRY, MATURITY } from '../vocab.js';
import { go, hashOf, setParams } from '../ui.js';
import {
  COLLECTION, KIND_LABEL, KIND_OF, OTHER, badges, breakdownBars, recordPane, scoreBar, snippets, stateBadge,
  termChips, termsOf,
} from './parts.js';
import { queueOrder } from './queue.js';

const SECTIONS = Object.keys(INDUSTRY).filter((c) => c.length === 1);

export async function renderRanked(ctx, collection, id) {
  const kind = KIND_OF[collection];
  if (!kind) throw new Error(`unknown collection ${collection}`);
  const candKind = OTHER[kind];
  const filters = kind === 'demand'
    ? { maturity: ctx.params.maturity || '', ipKind: ctx.params.ipKind || '', industry: ctx.params.industry || '' }
    : { industry: ctx.params.industry || '', region: ctx.params.region || '', includeExpired: ctx.params.includeExpired || '' };
  const k = 20;
  // The record first: a key that may not read it gets 404 here and the page shows nothing of it.
  const record = await api.record(collection, id);
  const [ranked, matches] = await Promise.all([
    api.ranked(collection, id, { k, ...filters }),
    api.matches({ record: id, kind, size: 100 }).catch(() => ({ items: [] })),
  ]);
  if (!ctx.isCurrent()) return;
  let selected = ctx.params.c && ranked.results.some((r) => r.id === ctx.params.c) ? ctx.params.c
    : (ranked.results[0] ? ranked.results[0].id : null);
  const stateByCandidate = new Map(matches.items.map((m) => [m.candidate.id, m]));

  const subjectBox = el('div.subject-box');
  const listBox = el('div.candidates-box');
  const inQueue = ctx.me.role === 'broker' && queueOrder().includes(`${collection}/${id}`);
  const mine = record.owner && ctx.me.organisation && record.owner.id === ctx.me.organisation;

  const select = (name, title, options) => el('label.inline', el('span.sr-only', title), el('select', {
    name, 'aria-label': title,
    onchange: (e) => { filters[name] = e.target.value; apply(); },
  }, el('option', { value: '' }, `${title}：全部`), options.map(([v, t]) => el('option', { value: v, selected: filters[name] === v }, t))));

  function apply() {
    setParams({ ...filters });
    go(location.hash);
  }

  const toolbar = el('form.toolbar', { onsubmit: (e) => { e.preventDefault(); apply(); } },
    kind === 'demand' ? [
      select('maturity', '成熟度', Object.entries(MATURITY)),
      select('ipKind', '知识产权', Object.entries(IP_KIND)),
      select('industry', '行业', SECTIONS.map((c) => [c, `${c} ${INDUSTRY[c]}`])),
    ] : [
      select('industry', '行业', SECTIONS.map((c) => [c, `${c} ${INDUSTRY[c]}`])),
      el('input', {
        name: 'region', value: filters.region, placeholder: '地区，如 浙江省', 'aria-label': '地区',
        onchange: (e) => { filters.region = e.target.value.trim(); apply(); },
      }),
      el('label.check', el('input', {
        type: 'checkbox', name: 'includeExpired', checked: filters.includeExpired === 'true',
        onchange: (e) => { filters.includeExpired = e.target.checked ? 'true' : ''; apply(); },
      }), '含已过期需求'),
    ]);

  const heading = kind === 'demand' ? (mine ? '为您的需求推荐的成果' : '推荐成果') : (mine ? '与您的成果匹配的需求' : '匹配的需求');
  replace(ctx.main, el('div.review.ranked', { dataset: { view: 'ranked' } },
    el('nav.crumbs', { 'aria-label': '位置' },
      el('a', { href: ctx.me.role === 'broker' ? '#/queue' : ctx.me.role === 'admin' ? '#/pipeline' : '#/mine' }, '← 返回'),
      inQueue ? el('a', { href: hashOf(['review', collection, id]) }, '在审核队列中处理') : null,
      el('span.spacer'),
      el('span.muted.small', `共 ${ranked.total} 条 · 显示前 ${ranked.results.length} 条`)),
    el('div.split', subjectBox, el('section.pane.candidates',
      el('h2.pane-title', heading), toolbar, listBox))));
  document.title = `${record.title} · ${heading}`;

  const progress = matches.items.length === 0 ? null : el('div.progress-box',
    el('h3', '撮合进展'),
    el('ul.match-mini', matches.items.map((m) => el('li',
      el('a', { href: `#/match/${m.id}` }, stateBadge(m.state, m.stateLabel), ' ',
        m.candidate.title || m.candidate.id)))));

  function renderSubject() {
    const r = ranked.results.find((x) => x.id === selected);
    replace(subjectBox, recordPane(record, kind, r ? termsOf(r.explanation) : [], { extra: progress }));
  }

  function card(r) {
    const isSel = r.id === selected;
    const m = stateByCandidate.get(r.id);
    const article = el('article.cand', {
      dataset: { id: r.id }, class: isSel ? 'selected' : '', tabindex: '-1',
      onclick: (e) => { if (!e.target.closest('a, button, summary') && selected !== r.id) choose(r.id, false); },
    },
    el('div.cand-head',
      el('span.rank', `#${r.rank}`),
      el('div.cand-title', el('a', { href: hashOf(['record', COLLECTION[candKind], r.id]), title: '反向查看 (o)' },
        highlight(r.title, isSel ? termsOf(r.explanation) : [])), el('span.muted.small', ` ${r.id}`),
      r.duplicates && r.duplicates.length ? el('span.muted.small', ` · 合并重复 ${r.duplicates.length} 条`) : null),
      scoreBar(r.score),
      m ? el('a.match-link', { href: `#/match/${m.id}` }, stateBadge(m.state, m.stateLabel)) : null),
    badges(r.record, candKind));
    if (!isSel) {
      const terms = termsOf(r.explanation);
      if (terms.length) article.appendChild(el('ul.terms.compact', terms.slice(0, 6).map((t) => el('li', el('mark', t)))));
      return el('li', article);
    }
    article.append(el('div.detail',
      el('div.explain', el('h3', '共有术语'), termChips(r.explanation), snippets(r.explanation, kind),
        r.record && r.record.description ? el('details.fulltext-details', el('summary', `${KIND_LABEL[candKind]}全文`),
          el('div.fulltext', highlight(r.record.description, termsOf(r.explanation)))) : null),
      el('div.scores', el('h3', '得分明细'), breakdownBars(r.breakdown))));
    return el('li', article);
  }

  function renderList(scroll = false) {
    if (ranked.results.length === 0) {
      replace(listBox, el('p.empty', '没有符合条件的结果。'));
      return;
    }
    replace(listBox, el('ol.cand-list', ranked.results.map(card)));
    const sel = listBox.querySelector('article.cand.selected');
    if (sel && scroll) sel.scrollIntoView({ block: 'nearest' });
  }

  function choose(cid, scroll = true) {
    selected = cid;
    setParams({ ...filters, c: cid });
    renderSubject();
    renderList(scroll);
  }

  function move(step) {
    const i = ranked.results.findIndex((r) => r.id === selected);
    const next = ranked.results[Math.max(0, Math.min(ranked.results.length - 1, i + step))];
    if (next) choose(next.id);
  }

  ctx.keys({
    j: () => move(1),
    k: () => move(-1),
    ArrowDown: () => move(1),
    ArrowUp: () => move(-1),
    o: () => { if (selected) go(hashOf(['record', COLLECTION[candKind], selected])); },
    Enter: () => { if (selected) go(hashOf(['record', COLLECTION[candKind], selected])); },
  });
  renderSubject();
  renderList();
}
