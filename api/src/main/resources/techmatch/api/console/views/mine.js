// An enterprise's demands or a university's achievements, each opening its ranked list and the state of its matches.

import { api } from '../api.js';
import { el, replace, when } from '../dom.js';
import { go, hashOf } from '../ui.js';
import { badges, stateBadge } from './parts.js';

export async function renderMine(ctx) {
  const role = ctx.me.role;
  if (role !== 'enterprise' && role !== 'university') {
    go(role === 'broker' ? '#/queue' : '#/pipeline');
    return;
  }
  const collection = role === 'enterprise' ? 'demands' : 'achievements';
  const kind = role === 'enterprise' ? 'demand' : 'achievement';
  const [page, matches] = await Promise.all([
    api.mine(collection, { size: 100 }),
    api.matches({ size: 100 }).catch(() => ({ items: [] })),
  ]);
  if (!ctx.isCurrent()) return;
  const byRecord = new Map();
  matches.items.forEach((m) => {
    const mineSide = m.kind === kind ? m.record.id : m.candidate.id;
    if (!byRecord.has(mineSide)) byRecord.set(mineSide, []);
    byRecord.get(mineSide).push(m);
  });
  let selected = 0;
  const listBox = el('div');
  const title = role === 'enterprise' ? '我的技术需求' : '我的科技成果';
  replace(ctx.main, el('section.mine',
    el('div.page-head', el('h1', title),
      el('p.muted', role === 'enterprise'
        ? `共 ${page.total} 项需求。打开一项，查看系统为它推荐的成果及推荐理由。`
        : `共 ${page.total} 项成果。打开一项，查看与它匹配的企业需求。`)),
    listBox));
  document.title = `${title} · 科技成果转化撮合平台`;

  function renderList() {
    if (page.items.length === 0) {
      replace(listBox, el('p.empty', role === 'enterprise' ? '您还没有发布需求。' : '您还没有发布成果。'));
      return;
    }
    replace(listBox, el('ol.record-list', page.items.map((r, i) => {
      const ms = byRecord.get(r.id) || [];
      return el('li', el('a.record-row', {
        href: hashOf(['record', collection, r.id]), class: i === selected ? 'selected' : '', dataset: { id: r.id },
      },
      el('span.rr-title', r.title),
      badges(r, kind),
      el('span.rr-meta.muted', `${r.id} · 更新于 ${when(r.updatedAt)}`),
      ms.length ? el('span.rr-states', ms.map((m) => stateBadge(m.state, m.stateLabel))) : null));
    })));
  }

  ctx.keys({
    j: () => { selected = Math.min(selected + 1, page.items.length - 1); renderList(); },
    k: () => { selected = Math.max(selected - 1, 0); renderList(); },
    Enter: () => { const r = page.items[selected]; if (r) go(hashOf(['record', collection, r.id])); },
  });
  renderList();
}
