// The table of rows: sortable by every column (buttons in the headers, so the
// keyboard can sort), the chosen window highlighted, one button per row to
// select it.
import { fill, h } from './dom.js';
import { WINDOWS, WINDOW_LABELS, fmt } from './format.js';

const COLUMNS = [
  { id: 'name', label: 'Region', value: (r) => r.name.toLowerCase(), text: true },
  { id: 'country', label: 'Country', value: (r) => r.country, text: true },
  ...WINDOWS.map((w) => ({ id: w, label: WINDOW_LABELS[w], value: (r) => r.windows[w], numeric: true })),
  { id: 'weapon', label: 'By weapon', value: (r, ui) => (ui.weapon ? (r.byWeapon[ui.weapon] ?? 0) : r.windows.all) },
  { id: 'sources', label: 'Sources', value: (r) => r.sources, numeric: true },
  {
    id: 'shared',
    label: 'Shared',
    value: (r) => r.shared.all,
    numeric: true,
    title: 'multi-region claims that include this region; not in its windows',
  },
  {
    id: 'unattributed',
    label: 'Unattrib.',
    value: (r) => r.unattributed ?? -1,
    numeric: true,
    title: 'country rows: how much of the country total no region row covers',
  },
];

export function sortRows(rows, ui) {
  const column = COLUMNS.find((c) => c.id === ui.sort.col) ?? COLUMNS[0];
  const dir = ui.sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.value(a, ui);
    const y = column.value(b, ui);
    return (x < y ? -1 : x > y ? 1 : 0) * dir || a.key.localeCompare(b.key);
  });
}

function header(ui, onSort) {
  return h(
    'thead',
    null,
    h(
      'tr',
      null,
      COLUMNS.map((c) => {
        const sorted = ui.sort.col === c.id;
        const next = sorted && ui.sort.dir === 'desc' ? 'asc' : sorted ? 'desc' : c.text ? 'asc' : 'desc';
        return h(
          'th',
          {
            scope: 'col',
            dataset: { col: c.id },
            class:
              [c.numeric ? 'num' : '', WINDOWS.includes(c.id) ? 'win' : '', c.id === ui.window ? 'chosen' : '']
                .join(' ')
                .trim() || null,
            'aria-sort': sorted ? (ui.sort.dir === 'asc' ? 'ascending' : 'descending') : null,
            title: c.title,
          },
          h(
            'button',
            {
              type: 'button',
              class: 'sort',
              dataset: { focus: `sort:${c.id}` },
              onclick: () => onSort({ col: c.id, dir: next }),
            },
            c.label,
            h('span', { class: 'arrow', 'aria-hidden': 'true' }, sorted ? (ui.sort.dir === 'asc' ? ' ▲' : ' ▼') : ''),
          ),
        );
      }),
    ),
  );
}

function weaponText(row) {
  return Object.entries(row.byWeapon)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([w, n]) => `${w} ${fmt(n)}`)
    .join(' · ');
}

function bodyRow(row, ui, onSelect) {
  const selected = ui.selected === row.key;
  const cell = (col, content, cls) =>
    h(
      'td',
      {
        dataset: { col },
        class: [cls, WINDOWS.includes(col) ? 'win' : '', col === ui.window ? 'chosen' : ''].join(' ').trim() || null,
      },
      content,
    );
  return h(
    'tr',
    { dataset: { key: row.key }, class: selected ? 'selected' : null },
    h(
      'th',
      { scope: 'row', dataset: { col: 'name' } },
      h(
        'button',
        {
          type: 'button',
          class: 'select',
          dataset: { focus: `row:${row.key}` },
          'aria-pressed': String(selected),
          onclick: () => onSelect(row.key),
        },
        row.name,
      ),
      row.scope === 'country'
        ? h('span', { class: 'badge', title: 'country-scope claims: the country total' }, 'total')
        : null,
    ),
    cell('country', row.country),
    WINDOWS.map((w) => cell(w, fmt(row.windows[w]), 'num')),
    cell('weapon', weaponText(row), 'weapons'),
    cell('sources', fmt(row.sources), 'num'),
    cell('shared', fmt(row.shared.all), 'num'),
    cell('unattributed', row.scope === 'country' ? fmt(row.unattributed ?? 0) : '', 'num'),
  );
}

export function renderTable(table, rows, ui, { onSort, onSelect }) {
  const sorted = sortRows(rows, ui);
  const body = sorted.length
    ? sorted.map((r) => bodyRow(r, ui, onSelect))
    : h(
        'tr',
        null,
        h(
          'td',
          { colspan: String(COLUMNS.length), class: 'no-rows' },
          'No rows match: change the filters, or wait for claims.',
        ),
      );
  fill(
    table,
    h('caption', { class: 'visually-hidden' }, 'Interceptions per region; column headers sort'),
    header(ui, onSort),
    h('tbody', null, body),
  );
}
