// The tile-grid cartogram: one square per region (from /api/regions), in a
// CSS grid, coloured by the chosen window. Squares with a row are buttons
// that select it; the others say "no claims".
import { fill, h } from './dom.js';
import { DARK_FROM, PALETTE, ZERO, classBounds, classOf, fmt } from './format.js';

export function renderMap(container, legend, grid, rows, ui, { onSelect }) {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const values = rows.filter((r) => r.scope === 'region').map((r) => r.windows[ui.window]);
  const bounds = classBounds(Math.max(0, ...values));
  container.style.setProperty('--cols', String(grid.columns));
  container.style.setProperty('--rows', String(grid.rows));
  const tiles = grid.tiles.map((t) => {
    const row = byKey.get(t.code);
    const value = row ? row.windows[ui.window] : 0;
    const cls = classOf(value, bounds);
    const label = `${t.name}: ${row ? `${fmt(value)} (${ui.window})` : 'no claims'}`;
    const el = row
      ? h(
          'button',
          {
            type: 'button',
            class: 'tile',
            dataset: { code: t.code, focus: `tile:${t.code}` },
            'aria-label': label,
            title: label,
            'aria-pressed': String(ui.selected === t.code),
            onclick: () => onSelect(t.code),
          },
          h('span', { class: 'code' }, t.label),
          h('span', { class: 'value' }, fmt(value)),
        )
      : h(
          'div',
          { class: 'tile empty', dataset: { code: t.code }, title: label },
          h('span', { class: 'code' }, t.label),
        );
    el.style.gridColumn = String(t.col + 1);
    el.style.gridRow = String(t.row + 1);
    el.style.backgroundColor = cls < 0 ? ZERO : PALETTE[cls];
    if (cls >= DARK_FROM) el.classList.add('dark');
    if (t.code.startsWith('SEA-')) el.classList.add('sea');
    if (ui.selected === t.code) el.classList.add('selected');
    return el;
  });
  fill(container, tiles);
  renderLegend(legend, bounds);
}

function renderLegend(legend, bounds) {
  const first = PALETTE.length - bounds.length;
  const items = [h('li', null, swatch(ZERO), '0 / no claims')];
  bounds.forEach((b, i) => {
    const from = i === 0 ? 1 : bounds[i - 1] + 1;
    items.push(h('li', null, swatch(PALETTE[first + i]), from === b ? fmt(b) : `${fmt(from)}–${fmt(b)}`));
  });
  fill(legend, h('ul', null, items));
}

function swatch(colour) {
  const el = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  el.style.backgroundColor = colour;
  return el;
}
