// Pieces the views share: record badges, the record pane with highlighted text, score bars, decision and state badges.

import { el, highlight, snippet } from '../dom.js';
import {
  COOPERATION, FEATURE, IP_KIND, MATURITY, industryLabel, label, priceRange,
} from '../vocab.js';

export const KIND_LABEL = { demand: '需求', achievement: '成果' };
export const COLLECTION = { demand: 'demands', achievement: 'achievements' };
export const KIND_OF = { demands: 'demand', achievements: 'achievement' };
export const OTHER = { demand: 'achievement', achievement: 'demand' };

function today() {
  return new Date().toISOString().slice(0, 10);
}

/** Industry, maturity, IP kind and the other facts of a record, as small badges. */
export function badges(record, kind, { limit = 3 } = {}) {
  if (!record) return el('div.badges');
  const out = [];
  if (kind === 'achievement') {
    if (record.ipKind) out.push(el('span.badge.ip', { title: '知识产权类型' }, label(IP_KIND, record.ipKind)));
    if (record.maturity) {
      out.push(el('span.badge.maturity', { title: '成熟度', dataset: { maturity: record.maturity } },
        label(MATURITY, record.maturity)));
    }
  }
  (record.industries || []).slice(0, limit).forEach((c) => out.push(
    el('span.badge.industry', { title: `国民经济行业分类 ${industryLabel(c)}` }, industryLabel(c))));
  (record.technologyAreas || []).slice(0, 1).forEach((a) => out.push(el('span.badge.area', { title: '技术领域' }, a)));
  (record.cooperationModes || []).slice(0, 2).forEach((m) => out.push(
    el('span.badge.coop', { title: '合作方式' }, label(COOPERATION, m))));
  const money = priceRange(kind === 'demand' ? record.budget : record.price);
  if (money) out.push(el('span.badge.money', { title: kind === 'demand' ? '预算' : '价格' }, money));
  if (record.region) out.push(el('span.badge.region', { title: '地区' }, record.region));
  if (record.visibility === 'private') out.push(el('span.badge.private', '不公开'));
  if (kind === 'demand' && record.validity && record.validity.until && record.validity.until < today()) {
    out.push(el('span.badge.expired', { title: `有效期至 ${record.validity.until}` }, '已过期'));
  }
  if (record.language === 'en') out.push(el('span.badge.lang', '英文'));
  return el('div.badges', out);
}

/** The full record: title, facts and the whole description with the terms marked. */
export function recordPane(record, kind, terms, { heading = 'h1', extra = null } = {}) {
  const owner = record.owner ? (record.owner.name || record.owner.id) : null;
  return el('section.pane.subject', { dataset: { id: record.id, kind } },
    el('div.eyebrow', el('span.kind', KIND_LABEL[kind]), el('span.id', record.id),
      owner ? el('span.owner', owner) : null,
      record.publishedOn ? el('span.date', `发布于 ${record.publishedOn}`) : null),
    el(heading + '.title', highlight(record.title, terms)),
    badges(record, kind, { limit: 5 }),
    el('div.fulltext', { dataset: { role: 'subject-text' } },
      record.description ? highlight(record.description, terms) : el('span.muted', '（没有描述）')),
    record.keywords && record.keywords.length
      ? el('p.keywords', el('span.muted', '关键词：'), record.keywords.join('、')) : null,
    extra);
}

/** The shared terms as chips, weightiest first. */
export function termChips(explanation) {
  const terms = (explanation && explanation.sharedTerms) || [];
  if (terms.length === 0) return el('p.muted', '没有共有术语（仅凭语义相似度推荐）。');
  return el('ul.terms', { 'aria-label': '共有术语' },
    terms.map((t) => el('li', { title: `贡献 ${t.contribution}` }, el('mark', t.term))));
}

/** Both snippets, the record's and the candidate's, with the shared terms marked. */
export function snippets(explanation, subjectKind) {
  if (!explanation) return null;
  const mine = KIND_LABEL[subjectKind];
  const theirs = KIND_LABEL[OTHER[subjectKind]];
  return el('div.snippets',
    explanation.querySnippet ? el('blockquote.snippet.query', el('span.who', mine), snippet(explanation.querySnippet))
      : null,
    explanation.resultSnippet ? el('blockquote.snippet.result', el('span.who', theirs),
      snippet(explanation.resultSnippet)) : null);
}

/** The score breakdown: each feature's contribution as a small bar (score = bias + Σ contributions). */
export function breakdownBars(breakdown) {
  if (!breakdown) return el('p.muted', '得分明细暂不可用（该候选已不在当前排序的前列）。');
  const entries = Object.entries(breakdown.contributions || {}).filter(([, v]) => v !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const max = Math.max(1e-9, ...entries.map(([, v]) => Math.abs(v)));
  const row = ([name, v]) => {
    const bar = el('span.bar' + (v < 0 ? '.neg' : ''));
    bar.style.width = `${Math.max(2, Math.round((Math.abs(v) / max) * 100))}%`;
    return el('li', { title: `${name}：特征值 ${fmt((breakdown.features || {})[name])}，贡献 ${fmt(v)}` },
      el('span.name', label(FEATURE, name)), el('span.track', bar), el('span.val', (v > 0 ? '+' : '') + fmt(v)));
  };
  const top = entries.slice(0, 7).map(row);
  const rest = entries.slice(7).map(row);
  const facts = [];
  if (breakdown.cosine != null) facts.push(`语义相似度 ${fmt(breakdown.cosine)}`);
  if (breakdown.bm25 != null) facts.push(`关键词得分 ${fmt(breakdown.bm25)}`);
  if (breakdown.bm25Rank != null) facts.push(`关键词第 ${breakdown.bm25Rank} 名`);
  if (breakdown.denseRank != null) facts.push(`向量第 ${breakdown.denseRank} 名`);
  return el('div.breakdown',
    el('ul.bars', { 'aria-label': '得分明细' }, top),
    rest.length ? el('details.more-bars', el('summary', `其余 ${rest.length} 项`), el('ul.bars', rest)) : null,
    el('p.muted.small', facts.join(' · '), facts.length ? ' · ' : '', `偏置 ${fmt(breakdown.bias)} · 总分 ${fmt(breakdown.score)}`));
}

export function scoreBar(score) {
  const bar = el('span.bar');
  bar.style.width = `${Math.max(2, Math.round(Math.max(0, Math.min(1, score)) * 100))}%`;
  return el('span.score', { title: `得分 ${fmt(score)}` }, el('span.track', bar), el('span.val', fmt(score)));
}

export function fmt(v) {
  if (v == null || Number.isNaN(v)) return '–';
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : v.toFixed(3);
}

export function decisionBadge(decision) {
  if (!decision) return el('span.decision-badge.undecided', '未决');
  if (decision.verdict === 'accept') return el('span.decision-badge.accepted', '已接受');
  return el('span.decision-badge.rejected', { title: decision.note || '' },
    `已拒绝 · ${decision.reasonLabel || decision.reason || ''}`);
}

const STATE_CLASS = {
  recommended: 's-rec', reviewed: 's-rev', introduced: 's-intro', negotiating: 's-neg', signed: 's-signed', closed: 's-closed',
};

export function stateBadge(code, text) {
  return el(`span.state-badge.${STATE_CLASS[code] || 's-rec'}`, { dataset: { state: code } }, text || code);
}

/** The shared terms of a candidate as plain strings. */
export function termsOf(explanation) {
  return ((explanation && explanation.sharedTerms) || []).map((t) => t.term);
}
