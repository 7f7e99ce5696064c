// The detail panel of the selected row: its figures, its daily history, and
// the evidence — each claim with its date, count, weapon and claimant, the
// sentence it came from with the number marked, the outlet and link, and the
// other articles that corroborated it.
import { renderChart } from './chart.js';
import { fill, h, safeLink } from './dom.js';
import { WINDOWS, WINDOW_LABELS, fmt } from './format.js';

const QUALIFIERS = { exact: '', at_least: 'at least ', more_than: 'more than ', about: 'about ', up_to: 'up to ' };
const PLURALS = {
  drone: 'drones',
  missile: 'missiles',
  rocket: 'rockets',
  bomb: 'guided bombs',
  aircraft: 'aircraft',
  unknown: 'aerial targets',
};
const SINGULARS = {
  drone: 'drone',
  missile: 'missile',
  rocket: 'rocket',
  bomb: 'guided bomb',
  aircraft: 'aircraft',
  unknown: 'aerial target',
};

const what = (count, weapon, qualifier = 'exact') =>
  `${QUALIFIERS[qualifier] ?? ''}${fmt(count)} ${(count === 1 ? SINGULARS : PLURALS)[weapon] ?? weapon}`;

function marked(text, span) {
  if (!span) return text;
  const [start, end] = span;
  return [text.slice(0, start), h('mark', null, text.slice(start, end)), text.slice(end)];
}

function report(r) {
  const title = r.title ?? `article ${r.articleId}`;
  return h(
    'figure',
    { class: 'report', dataset: { article: r.articleId } },
    h('blockquote', { class: 'evidence' }, marked(r.text, r.highlight)),
    h(
      'figcaption',
      null,
      h('span', { class: 'outlet' }, r.source ?? 'outlet unknown'),
      ' — ',
      r.url ? safeLink(r.url, title) : h('span', { class: 'title' }, title),
      r.publishedAt ? ` · published ${r.publishedAt.slice(0, 10)}` : '',
      r.claimant ? ` · says: ${r.claimant}` : '',
      r.partOf ? ' · part of a total the article breaks down' : '',
    ),
  );
}

function claimItem(c) {
  const [first, ...others] = c.reports;
  return h(
    'li',
    { class: 'claim', dataset: { claim: c.id } },
    h(
      'p',
      { class: 'claim-head' },
      h('time', { datetime: c.day }, c.day),
      ' · ',
      h('strong', null, what(c.count, c.weapon, first?.qualifier)),
      ' · ',
      c.claimants.length ? `claimed by ${c.claimants.join('; ')}` : 'claimant not named',
    ),
    c.regions.length > 1
      ? h(
          'p',
          { class: 'note' },
          `Shared by ${c.regions.join(', ')}: in each one's "shared" count, never in their windows.`,
        )
      : null,
    first ? report(first) : null,
    others.length
      ? h(
          'div',
          { class: 'corroboration' },
          h('p', null, `Corroborated by ${others.length} other article${others.length === 1 ? '' : 's'}:`),
          h(
            'ul',
            null,
            others.map((r) => h('li', null, report(r))),
          ),
        )
      : h('p', { class: 'hint' }, 'Reported by this article alone.'),
  );
}

export function renderDetail(panel, detail, ui, { onHistoryDays }) {
  const { row, daily, claims, limits } = detail;
  const figure = (label, value, chosen) =>
    h('div', { class: chosen ? 'chosen' : null }, h('dt', null, label), h('dd', null, fmt(value)));
  const figures = [
    ...WINDOWS.map((w) => figure(WINDOW_LABELS[w], row.windows[w], w === ui.window)),
    figure('sources', row.sources),
    figure('shared', row.shared.all),
  ];
  const toggle = [30, 90].map((d) =>
    h(
      'button',
      {
        type: 'button',
        class: 'toggle',
        'aria-pressed': String(ui.historyDays === d),
        dataset: { focus: `history:${d}` },
        onclick: () => onHistoryDays(d),
      },
      `${d} days`,
    ),
  );
  fill(
    panel,
    h(
      'h2',
      { id: 'detail-title' },
      row.name,
      ' ',
      h(
        'span',
        { class: 'hint' },
        `${row.key}${row.scope === 'country' ? ' · country total' : ''} · as of ${row.asOf.slice(0, 16).replace('T', ' ')} UTC`,
      ),
    ),
    h('dl', { class: 'figures' }, figures),
    h(
      'div',
      { class: 'history' },
      h(
        'div',
        { class: 'history-head' },
        h('h3', null, 'Daily history'),
        h('div', { class: 'toggles', role: 'group', 'aria-label': 'History length' }, toggle),
      ),
      renderChart(daily, row.asOf, ui.historyDays),
    ),
    h('h3', null, `Claims (${claims.length})`),
    h(
      'p',
      { class: 'hint' },
      `Newest first, from the ${limits.reportsPerRow} most recent reports the dashboard keeps per row. Reports of the same claim are counted once and listed under it.`,
    ),
    claims.length
      ? h('ol', { id: 'evidence', class: 'claims' }, claims.map(claimItem))
      : h('p', { id: 'evidence', class: 'hint' }, 'No claims kept for this row.'),
  );
}

export function renderNoDetail(panel, message) {
  fill(panel, h('h2', { id: 'detail-title' }, 'Evidence'), h('p', { class: 'hint' }, message));
}
