// The daily history of a row as an inline SVG bar chart (no chart library):
// the last N days up to the row's asOf, or, when it has no claims in them,
// the N days up to its latest claim (the title says which).
import { svg } from './dom.js';
import { fmt } from './format.js';

const W = 600;
const H = 170;
const PAD = { left: 40, right: 8, top: 12, bottom: 24 };
const DAY_MS = 86400000;

const shift = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Which days to draw, and a caption that says which they are. */
export function chartRange(daily, asOf, days) {
  const asOfDay = (asOf ?? new Date().toISOString()).slice(0, 10);
  let end = asOfDay;
  const inRange = daily.some((d) => d.day > shift(end, -days) && d.day <= end);
  if (!inRange && daily.length) end = daily[daily.length - 1].day;
  const list = Array.from({ length: days }, (_, i) => shift(end, i - days + 1));
  const caption =
    end === asOfDay
      ? `last ${days} days to ${end}`
      : `no claims in the last ${days} days; the ${days} days to the latest claim, ${end}`;
  return { list, caption };
}

export function renderChart(daily, asOf, days) {
  const { list, caption } = chartRange(daily, asOf, days);
  const byDay = new Map(daily.map((d) => [d.day, d]));
  const counts = list.map((d) => byDay.get(d)?.count ?? 0);
  const max = Math.max(1, ...counts);
  const total = counts.reduce((a, b) => a + b, 0);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / list.length;
  const peak = counts.indexOf(Math.max(...counts));
  const label = `Daily interceptions, ${caption}: ${fmt(total)} in all${total ? `, most on ${list[peak]} (${fmt(counts[peak])})` : ''}`;
  const bars = list.map((day, i) => {
    const entry = byDay.get(day);
    const hgt = (counts[i] / max) * plotH;
    const extra = entry?.shared ? `, plus ${fmt(entry.shared)} shared` : '';
    return svg(
      'rect',
      {
        class: 'bar',
        x: (PAD.left + i * step + step * 0.1).toFixed(1),
        y: (PAD.top + plotH - hgt).toFixed(1),
        width: Math.max(1, step * 0.8).toFixed(1),
        height: hgt.toFixed(1),
        dataset: { day, count: String(counts[i]) },
      },
      svg('title', null, `${day}: ${fmt(counts[i])}${extra}`),
    );
  });
  return svg(
    'svg',
    { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label },
    svg('title', null, label),
    svg('line', { class: 'axis', x1: PAD.left, x2: W - PAD.right, y1: PAD.top + plotH, y2: PAD.top + plotH }),
    svg('line', { class: 'grid', x1: PAD.left, x2: W - PAD.right, y1: PAD.top, y2: PAD.top }),
    svg('text', { class: 'tick', x: PAD.left - 6, y: PAD.top + 4, 'text-anchor': 'end' }, fmt(max)),
    svg('text', { class: 'tick', x: PAD.left - 6, y: PAD.top + plotH, 'text-anchor': 'end' }, '0'),
    svg('text', { class: 'tick', x: PAD.left, y: H - 6 }, list[0]),
    svg('text', { class: 'tick', x: W - PAD.right, y: H - 6, 'text-anchor': 'end' }, list[list.length - 1]),
    bars,
  );
}
