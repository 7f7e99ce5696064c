/**
 * When did a snapshot first include an article? Method (see BENCHMARKS.md):
 *
 * A region row's `sources` in a snapshot is the number of distinct articles
 * behind its own claims (libs/aggregation: single-region claims count "own"
 * in their region's row). All claims of a row travel on one partition of
 * interceptions.claims (keyed by the row's shard), and the aggregate applies
 * that partition in order; so if an article is the n-th distinct article
 * with an own claim in row K in that partition's order, every snapshot of K
 * with sources ≥ n was published after the article's claim was applied. We
 * follow interceptions.claims to learn n for each (article, row), follow
 * interceptions.rolling for (sources, arrival time) per row, and take, per
 * article, the latest over its rows of the first snapshot arrival with
 * sources ≥ n. Multi-region and country-scope claims do not move `sources`
 * of a region row, so articles with only those are not measured (counted).
 * At the end, each row's last `sources` must equal the number of articles we
 * attributed to it: the check that the method matched the aggregate.
 */
import { rowShard } from '@skytally/aggregation';

export interface ClaimLike {
  articleId: string;
  scope: string;
  regions: string[];
  regionKey: string;
}

export class InclusionTracker {
  /** Row → article → its ordinal among the row's distinct articles. */
  private readonly rows = new Map<string, Map<string, number>>();
  /** Article → the rows and ordinals it needs. */
  private readonly needs = new Map<string, { row: string; ordinal: number }[]>();
  /** Row → snapshots seen, in arrival order: [sources, arrival ms]. */
  private readonly snaps = new Map<string, [number, number][]>();

  /** Article → arrival of its first claim record: splits latency into the first three hops and aggregate. */
  readonly firstClaimAt = new Map<string, number>();

  onClaim(c: ClaimLike, at: number): void {
    if (!this.firstClaimAt.has(c.articleId)) this.firstClaimAt.set(c.articleId, at);
    const row = c.regions[0];
    if (c.scope !== 'region' || c.regions.length !== 1 || row === undefined) return;
    // A claim crossing shards is published once per shard; only the copy on
    // the row's own shard is ordered with the row's other claims.
    if (c.regionKey !== rowShard(row)) return;
    let members = this.rows.get(row);
    if (!members) this.rows.set(row, (members = new Map<string, number>()));
    if (members.has(c.articleId)) return;
    const ordinal = members.size + 1;
    members.set(c.articleId, ordinal);
    const list = this.needs.get(c.articleId) ?? [];
    list.push({ row, ordinal });
    this.needs.set(c.articleId, list);
  }

  /** Snapshots received so far: progress, for the stall check. */
  snapshotsSeen = 0;

  onSnapshot(key: string, sources: number, at: number): void {
    this.snapshotsSeen++;
    let list = this.snaps.get(key);
    if (!list) this.snaps.set(key, (list = []));
    list.push([sources, at]);
  }

  /** Articles with a measurable claim whose inclusion has not been seen yet. */
  pending(): number {
    let n = 0;
    for (const id of this.needs.keys()) if (this.includedAt(id) === null) n++;
    return n;
  }

  measurable(): number {
    return this.needs.size;
  }

  /** Arrival time of the first snapshot(s) that include the article, or null. */
  includedAt(articleId: string): number | null {
    const needs = this.needs.get(articleId);
    if (!needs) return null;
    let latest = 0;
    for (const { row, ordinal } of needs) {
      const snaps = this.snaps.get(row);
      const hit = snaps?.find(([sources]) => sources >= ordinal);
      if (!hit) return null;
      latest = Math.max(latest, hit[1]);
    }
    return latest;
  }

  articles(): string[] {
    return [...this.needs.keys()];
  }

  /** Rows whose last snapshot's `sources` differs from the articles attributed to them. */
  mismatchedRows(): string[] {
    const bad: string[] = [];
    for (const [row, members] of this.rows) {
      const snaps = this.snaps.get(row);
      const last = snaps?.[snaps.length - 1]?.[0];
      if (last !== members.size) bad.push(`${row}: snapshot ${last ?? 'none'} vs ${members.size}`);
    }
    return bad;
  }
}

export function percentiles(values: number[]): { p50: number; p95: number; p99: number; max: number; n: number } {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1] ?? NaN, n: s.length };
}

/**
 * p99 latency per slice of feed time (articles fed in [start + i·slice, start + (i+1)·slice)),
 * as one line: where in a run the tail comes from (a cold start, a stall, a steady queue).
 */
export function p99BySlice(
  fedAt: Map<string, number>,
  arrived: (id: string) => number | null,
  sliceMs: number,
): string {
  const start = Math.min(...fedAt.values());
  const slices: number[][] = [];
  for (const [id, at] of fedAt) {
    const got = arrived(id);
    if (got === null) continue;
    (slices[Math.floor((at - start) / sliceMs)] ??= []).push(got - at);
  }
  const cells = [...slices].map((xs) => (xs?.length ? String(percentiles(xs).p99) : '–'));
  return `p99 ms by feed time, ${sliceMs / 1000} s slices: ${cells.join(' ')}`;
}
