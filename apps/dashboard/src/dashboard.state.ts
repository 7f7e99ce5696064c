/**
 * The dashboard's state: what it has read from the pipeline's topics, read
 * from the beginning. Pure: no kafkajs, no Nest.
 *
 * - interceptions.rolling (compacted): the latest snapshot per row key is the row.
 * - interceptions.daily (compacted, key `<row>|<day>`): the row's history,
 *   the newest `historyDays` days with claims kept per row.
 * - interceptions.claims: the evidence, the newest `reportsPerRow` reports
 *   (claim records, by event time) kept per row; reports of the same claim
 *   are grouped with the aggregate's own rule (groupReports), so a claim
 *   shows the articles that corroborated it among those kept.
 * - articles.unique: title, outlet and URL per article, which the claims do
 *   not carry; the newest `articles` articles kept.
 *
 * `version` is the position in those topics (the sum of the next offset of
 * every partition read). Snapshots are absolute, so the same position is the
 * same state, in this process or after a restart: it is the stream's event
 * id, and a browser that resumes with the current id needs nothing resent.
 */
import { type ClaimRecord, type DailyBucket, type Snapshot } from '@skytally/contracts';
import { defaultClaimantKey, groupReports, identityOf, type Report } from '@skytally/aggregation';
import type { ClaimView, DayView, ReportView, RowDetailView, RowView } from './dashboard.views';
import { numberSpan } from './number-span';

export interface DashboardLimits {
  reportsPerRow: number;
  historyDays: number;
  articles: number;
}

export const DEFAULT_LIMITS: DashboardLimits = { reportsPerRow: 50, historyDays: 120, articles: 20_000 };

export interface ArticleMeta {
  articleId: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
}

interface RowState {
  snapshot?: Snapshot;
  daily: Map<string, DailyBucket>;
  reports: Map<string, Report>;
  rev: number;
}

export class DashboardState {
  private readonly rowStates = new Map<string, RowState>();
  private readonly articles = new Map<string, ArticleMeta>();
  /** articleId → row key → how many of the row's kept reports come from that article. */
  private readonly reportsOfArticle = new Map<string, Map<string, number>>();
  private readonly positions = new Map<string, bigint>();
  private position = 0n;
  private changes = 0;

  constructor(readonly limits: DashboardLimits = DEFAULT_LIMITS) {}

  get version(): string {
    return this.position.toString();
  }

  /** Notes that a message at this offset has been applied (or skipped). */
  advance(topic: string, partition: number, offset: string): void {
    const id = `${topic}\u0000${partition}`;
    const next = BigInt(offset) + 1n;
    const before = this.positions.get(id) ?? 0n;
    if (next <= before) return;
    this.positions.set(id, next);
    this.position += next - before;
  }

  /** A value on interceptions.rolling; null (a tombstone) removes the row. */
  applySnapshot(key: string, snapshot: Snapshot | null): void {
    const row = this.row(key);
    row.snapshot = snapshot ?? undefined;
    this.touch(row);
  }

  /** A value on interceptions.daily, keyed `<row>|<day>`; null removes the day. */
  applyDaily(key: string, bucket: DailyBucket | null): void {
    const [rowKey, day] = splitDailyKey(key, bucket);
    if (!rowKey || !day) return;
    const row = this.row(rowKey);
    if (bucket) row.daily.set(day, bucket);
    else row.daily.delete(day);
    while (row.daily.size > this.limits.historyDays) row.daily.delete(minKey(row.daily.keys()));
    this.touch(row);
  }

  /** A claim on interceptions.claims, kept under the row it feeds (`regionKey`, its message key). */
  applyClaim(claim: ClaimRecord): void {
    const row = this.row(claim.regionKey);
    const time = Date.parse(claim.eventTime);
    if (!row.reports.has(claim.claimId)) this.countReport(claim.articleId, claim.regionKey, 1);
    row.reports.set(claim.claimId, {
      claim,
      time,
      arrival: claim.ingestedAt ? Date.parse(claim.ingestedAt) : time,
      regions: [...new Set(claim.regions)].sort(),
      claimantKey: defaultClaimantKey(claim.claimant),
    });
    while (row.reports.size > this.limits.reportsPerRow) {
      const oldest = oldestReport(row.reports);
      row.reports.delete(oldest.claimId);
      this.countReport(oldest.articleId, claim.regionKey, -1);
    }
    this.touch(row);
  }

  applyArticle(meta: ArticleMeta): void {
    this.articles.delete(meta.articleId);
    this.articles.set(meta.articleId, { ...meta, url: safeUrl(meta.url) });
    if (this.articles.size > this.limits.articles) this.articles.delete(this.articles.keys().next().value as string);
    for (const rowKey of this.reportsOfArticle.get(meta.articleId)?.keys() ?? []) this.touch(this.row(rowKey));
  }

  /** Every row with a snapshot, sorted by key. */
  rows(): RowView[] {
    const out: RowView[] = [];
    for (const row of this.rowStates.values()) if (row.snapshot) out.push({ ...row.snapshot, rev: row.rev });
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  detail(key: string): RowDetailView | null {
    const row = this.rowStates.get(key);
    if (!row?.snapshot) return null;
    const daily: DayView[] = [...row.daily.values()]
      .sort((a, b) => (a.day < b.day ? -1 : 1))
      .map((d) => ({ day: d.day, count: d.count, shared: d.shared, byWeapon: d.byWeapon }));
    return { row: { ...row.snapshot, rev: row.rev }, daily, claims: this.claimViews(row), limits: { ...this.limits } };
  }

  private claimViews(row: RowState): ClaimView[] {
    const byIdentity = new Map<string, Report[]>();
    for (const r of row.reports.values()) {
      const identity = identityOf(r.claim, r.regions);
      byIdentity.set(identity, [...(byIdentity.get(identity) ?? []), r]);
    }
    const views: { time: number; view: ClaimView }[] = [];
    for (const [identity, reports] of byIdentity) {
      for (const group of groupReports(identity, reports)) {
        const members = reports
          .filter((r) => group.members.includes(r.claim.claimId))
          .sort((a, b) => a.time - b.time || a.arrival - b.arrival);
        views.push({
          time: group.time,
          view: {
            id: group.id,
            day: group.day,
            count: group.count,
            weapon: group.weapon,
            scope: group.scope,
            regions: group.regions,
            claimants: [...new Set(members.map((m) => m.claim.claimant).filter((c): c is string => c !== null))],
            reports: members.map((m) => this.reportView(m.claim)),
          },
        });
      }
    }
    return views.sort((a, b) => b.time - a.time).map(({ view }) => view);
  }

  private reportView(claim: ClaimRecord): ReportView {
    const article = this.articles.get(claim.articleId);
    return {
      claimId: claim.claimId,
      articleId: claim.articleId,
      title: article?.title ?? null,
      source: article?.source ?? null,
      url: article?.url ?? null,
      publishedAt: article?.publishedAt ?? claim.publishedAt ?? null,
      claimant: claim.claimant,
      qualifier: claim.qualifier,
      eventDate: claim.eventDate,
      eventTime: claim.eventTime,
      text: claim.evidence.text,
      highlight: numberSpan(claim.evidence.text, claim.count),
      partOf: claim.partOf ?? null,
    };
  }

  private countReport(articleId: string, rowKey: string, delta: number): void {
    const rows = this.reportsOfArticle.get(articleId) ?? new Map<string, number>();
    const n = (rows.get(rowKey) ?? 0) + delta;
    if (n > 0) rows.set(rowKey, n);
    else rows.delete(rowKey);
    if (rows.size) this.reportsOfArticle.set(articleId, rows);
    else this.reportsOfArticle.delete(articleId);
  }

  private row(key: string): RowState {
    let row = this.rowStates.get(key);
    if (!row) this.rowStates.set(key, (row = { daily: new Map(), reports: new Map(), rev: 0 }));
    return row;
  }

  private touch(row: RowState): void {
    row.rev = ++this.changes;
  }
}

/** Only web links are kept: a `javascript:` URL in an article must never become a link. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function splitDailyKey(key: string, bucket: DailyBucket | null): [string | null, string | null] {
  const cut = key.lastIndexOf('|');
  if (cut > 0) return [key.slice(0, cut), key.slice(cut + 1)];
  return bucket ? [bucket.region, bucket.day] : [null, null];
}

function minKey(keys: Iterable<string>): string {
  let min: string | undefined;
  for (const k of keys) if (min === undefined || k < min) min = k;
  return min as string;
}

function oldestReport(reports: Map<string, Report>): ClaimRecord {
  let oldest: Report | undefined;
  for (const r of reports.values()) if (!oldest || r.time < oldest.time) oldest = r;
  return oldest!.claim;
}
