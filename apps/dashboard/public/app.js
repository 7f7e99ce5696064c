// The page: keeps what the stream sent, what the reader chose (window, sort,
// filters, selected row), and renders the map, the table and the detail.
import { fill, h } from './dom.js';
import { renderDetail, renderNoDetail } from './evidence.js';
import { WINDOWS, fmtTime, fmtUtc } from './format.js';
import { renderMap } from './map.js';
import { connect } from './stream.js';
import { renderTable } from './table.js';

const ui = {
  window: 'all',
  sort: { col: 'all', dir: 'desc' },
  country: '',
  weapon: '',
  claimant: '',
  selected: null,
  historyDays: 30,
};
let rows = [];
let grid = null;
let detail = null;
const $ = (id) => document.getElementById(id);

function visibleRows() {
  return rows.filter(
    (r) =>
      (!ui.country || r.country === ui.country) &&
      (!ui.weapon || (r.byWeapon[ui.weapon] ?? 0) > 0) &&
      (!ui.claimant || (r.byClaimant?.[ui.claimant] ?? 0) > 0),
  );
}

/** Re-rendering replaces nodes: give the focus back to the same control. */
function keepingFocus(render) {
  const key = document.activeElement?.dataset?.focus;
  render();
  if (key) document.querySelector(`[data-focus="${CSS.escape(key)}"]`)?.focus();
}

function render() {
  keepingFocus(() => {
    const shown = visibleRows();
    renderTable($('rows'), shown, ui, { onSort, onSelect });
    if (grid) renderMap($('map'), $('legend'), grid, shown, ui, { onSelect });
    $('row-count').textContent = `${shown.length} of ${rows.length} rows`;
    if (detail && detail.row.key === ui.selected) renderDetail($('detail'), detail, ui, { onHistoryDays });
  });
}

/** Rebuilds a filter's options only when they change: an open drop-down must not be swept away by live data. */
function setOptions(select, values) {
  const sorted = [...values].sort();
  const signature = JSON.stringify(sorted);
  if (select.dataset.options === signature) return;
  select.dataset.options = signature;
  const current = select.value;
  fill(
    select,
    h('option', { value: '' }, 'All'),
    sorted.map((v) => h('option', { value: v, selected: v === current }, v)),
  );
  ui[select.name] = select.value;
}

function updateFilterOptions() {
  const present = (pick) =>
    new Set(
      rows.flatMap((r) =>
        Object.entries(pick(r) ?? {})
          .filter(([, n]) => n > 0)
          .map(([k]) => k),
      ),
    );
  setOptions($('filter-country'), new Set(rows.map((r) => r.country)));
  setOptions(
    $('filter-weapon'),
    present((r) => r.byWeapon),
  );
  setOptions(
    $('filter-claimant'),
    present((r) => r.byClaimant),
  );
}

async function loadDetail() {
  const key = ui.selected;
  if (!key) return;
  const res = await fetch(`/api/rows/${encodeURIComponent(key)}`);
  if (ui.selected !== key) return;
  if (!res.ok) {
    detail = null;
    renderNoDetail($('detail'), `No counts for ${key} yet.`);
    return;
  }
  detail = await res.json();
  render();
}

function onSelect(key) {
  ui.selected = key;
  history.replaceState(null, '', `#${encodeURIComponent(key)}`);
  render();
  void loadDetail().then(() => {
    // One column (a phone): the detail is below the table, so bring it into view.
    if (matchMedia('(max-width: 900px)').matches) $('detail').scrollIntoView({ block: 'start' });
  });
}

function onSort(sort) {
  ui.sort = sort;
  render();
}

function onHistoryDays(days) {
  ui.historyDays = days;
  render();
}

function onState(state) {
  rows = state.rows;
  updateFilterOptions();
  const selected = rows.find((r) => r.key === ui.selected);
  if (selected && selected.rev !== detail?.row.rev) void loadDetail();
  render();
}

const REASONS = {
  stream: 'the live stream is down; reconnecting',
  kafka: 'the dashboard has lost its connection to Kafka',
  'catching-up': 'the dashboard is catching up with the pipeline',
};

function onHealth({ live, reason, since }) {
  document.body.classList.toggle('stale', !live);
  const status = $('status');
  status.classList.toggle('live', live);
  status.classList.toggle('stale', !live);
  const asOf = rows
    .map((r) => r.asOf)
    .sort()
    .pop();
  const text = live
    ? `Live · counts as of ${fmtUtc(asOf)}`
    : `${since ? `Stale since ${fmtTime(since)}` : 'Not live yet'} — ${REASONS[reason]}`;
  if (status.textContent !== text) status.textContent = text;
}

function wireControls() {
  $('controls').addEventListener('submit', (e) => e.preventDefault());
  $('controls').addEventListener('change', (e) => {
    const { name, value } = e.target;
    if (name === 'window') {
      if (WINDOWS.includes(ui.sort.col)) ui.sort = { col: value, dir: ui.sort.dir };
      ui.window = value;
    } else if (name in ui) {
      ui[name] = value;
    }
    render();
  });
}

async function main() {
  wireControls();
  const fromHash = decodeURIComponent(location.hash.slice(1));
  if (fromHash) ui.selected = fromHash;
  grid = await (await fetch('/api/regions')).json();
  render();
  connect({ onState, onHealth });
}

void main();
