import type { Snapshot } from '@skytally/contracts';

/** Renders snapshots as a fixed-width table: countries first, then regions by all-time count. */
export function renderTable(snapshots: Iterable<Snapshot>): string {
  const rows = [...snapshots].sort((a, b) =>
    a.scope === b.scope ? b.windows.all - a.windows.all || a.key.localeCompare(b.key) : a.scope === 'country' ? -1 : 1,
  );
  const header = ['key', 'name', '24h', '7d', '30d', 'all', 'shared', 'claims', 'sources'];
  const body = rows.map((s) => [
    s.key,
    s.name,
    String(s.windows['24h']),
    String(s.windows['7d']),
    String(s.windows['30d']),
    String(s.windows.all),
    String(s.shared.all),
    String(s.claims),
    String(s.sources),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const asOf = rows.reduce((max, s) => (s.asOf > max ? s.asOf : max), '');
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    rows.length ? `as of ${asOf} (event time)` : '(no counts yet)',
  ].join('\n');
}
