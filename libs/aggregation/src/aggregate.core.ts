/**
 * The aggregation core: claims in, absolute snapshots and daily buckets out.
 * Pure — no Kafka, no Nest, the clock injected — so the service can rebuild it
 * by replaying the claims topic, and the tests can drive time.
 *
 * What it guarantees (the rules are in ../README.md):
 * - exactly-once effect: a claimId applied twice changes nothing, and the state
 *   after any order or duplication of the same claims is the same;
 * - the same claim from several articles counts once (corroboration.ts);
 * - no interception counted twice: a region row counts its single-region
 *   claims, multi-region claims go to each region's `shared` only, the country
 *   row counts the country-scope claims (totals) and never region claims;
 * - windows over event time, ending at the watermark (watermark.ts), which
 *   advances with the wall clock when the stream is quiet.
 *
 * State is per report (claim record) plus incremental per-row tallies; the
 * finite windows are recounted from a row's claims when asOf moves.
 */
import type { ClaimRecord, DailyBucket, Snapshot } from '@skytally/contracts';
import { defaultClaimantKey } from './claimant';
import {
  type ClaimGroup,
  type GroupChange,
  type GrownClaim,
  IdentityGroups,
  identityOf,
  type LiveReport,
} from './corroboration';
import { countryOfKey } from './routing';
import { Tally, type Share } from './tally';
import { HashSet53, SealedPart, type SealedPartState, hash53 } from './sealed';
import { type DaySums, SealedDays } from './sealed-days';
import { DAY_MS, dayString, HOUR_MS, iso, isoDay } from './time.util';
import { ReportTable } from './report-table';
import { SharedStrings } from './shared-strings';
import { Watermark } from './watermark';
import { type WindowCounts, sameCounts } from './windows.core';

export interface AggregateOptions {
  /** How far behind the newest event time asOf stays. Default 1 hour. */
  allowedLatenessMs?: number;
  /** Wall time without a new claim after which asOf follows the clock. Default 5 minutes. */
  idleMs?: number;
  /** A row's display name (the gazetteer). Default: the key. */
  nameOf?: (key: string) => string;
  /** Wall clock, ms. Default Date.now. */
  now?: () => number;
  /** The key a claimant is counted under in byClaimant. Default: folded spelling (claimant.ts). */
  claimantKey?: (claimant: string | null) => string;
  /** Rows this instance publishes (by its partition assignment, see routing.ts). Default: all. */
  owns?: (rowKey: string) => boolean;
  /**
   * Claims whose day is more than this many days before the newest arrival
   * are folded into per-row sums (hourly for the windows) and let go, so state
   * stays bounded (README, "Cost and memory"). Default: never (every claim
   * kept, exact whatever arrives how late).
   */
  horizonDays?: number;
  /**
   * How far after its arrival (ingestedAt) a claim's event time may lie, and
   * how far ahead of the clock an ingestedAt may be. Beyond it the claim is
   * rejected (`future_event_time`, `future_arrival`): input must not move
   * the windows. Default 1 hour, as ingest's SKYTALLY_MAX_FUTURE_MS.
   */
  maxFutureMs?: number;
}

/** Why the core turned a claim away. The service dead-letters it at once, with the reason. */
export type RejectReason =
  'invalid_claim' | 'invalid_time' | 'future_event_time' | 'future_arrival' | 'event_time_out_of_range';

export interface Rejected {
  reason: RejectReason;
  detail: string;
}

/** A country-scope claim's regions (none): one array, not a new one per claim. */
const NO_REGIONS: readonly string[] = Object.freeze([]);

/** Whether `a` is as `[...new Set(a)].sort()` would make it (the default sort: UTF-16 code units). */
function isSortedDistinct(a: readonly string[]): boolean {
  for (let i = 1; i < a.length; i++) if (!(a[i - 1]! < a[i]!)) return false;
  return true;
}

/** The earliest event time accepted: as ingest's earliest publishedAt. */
export const EARLIEST_EVENT_TIME = Date.parse('1990-01-01T00:00:00.000Z');

export interface ApplyResult {
  /** Rows this claim touched (flush() adds those whose windows moved with asOf). */
  changedKeys: string[];
  /** Daily bucket keys (`<row>|<YYYY-MM-DD>`) this claim touched. */
  changedDays: string[];
  /** The claim's event time was behind asOf as it stood when the claim arrived (ingestedAt). It is counted all the same. */
  late: boolean;
  /** How far behind asOf it was, ms (0 unless late). */
  lateByMs: number;
  /** This claimId had been applied before. */
  duplicateClaimId: boolean;
  /** A report of a claim already sealed past the horizon: counted once, as that claim (its article one more of its row's `sources`). */
  pastHorizon?: boolean;
  /** The claim was not applied: it breaks a rule the core can check (nothing changed). */
  rejected?: Rejected;
  /**
   * Its eventDate was after its article's publication day (a report cannot
   * describe a later day than the one it was written on): it was counted on
   * the publication day instead. The original date.
   */
  clampedFrom?: string;
}

/**
 * apply()'s result without `changedKeys` and `changedDays` (applyUntracked()):
 * for a caller that publishes from prepare() and never reads them, so no
 * per-claim sets and sorted arrays are built for it.
 */
export type ApplyOutcome = Omit<ApplyResult, 'changedKeys' | 'changedDays'>;

/** The rows and daily buckets one apply() touched. */
interface Touched {
  rows: Set<string>;
  days: Set<string>;
}

export interface Changes {
  keys: string[];
  days: string[];
}

/**
 * What was folded past the horizon, as sums: per row (hourly series, totals,
 * breakdowns, hashed articles), per day, and the hashed ids of sealed claims.
 * checkpoint() hands out what was sealed since the previous checkpoint() (a
 * delta: sealed sums never change, so the changelog appends it once and a
 * restore adds the deltas up), all of it for the first.
 */
export interface SealedState {
  /** Hashes (hash53) of the sealed claims' ids. */
  sealedClaims: Float64Array;
  /** Rows with sealed sums. */
  rows: Array<{ key: string; scope: 'region' | 'country'; lastCountry: string; sealed: SealedPartState }>;
  /** Daily buckets with sealed sums. */
  days: Array<{ key: string; row: string; day: string; sealed: DaySums }>;
}

/**
 * What is within the horizon, bounded by it: the reports not yet sealed
 * (without evidence), the watermark's pairs not yet folded, and where the
 * horizon stands. The changelog rewrites it whole at every checkpoint.
 */
export interface LiveState {
  /** Every claim of a day before this (UTC day number) was sealed; null: none yet. */
  sealedBefore: number | null;
  /** Newest arrival per input (partition); null for an input declared that brought nothing yet. */
  inputs: Array<[string | number, number | null]>;
  /** The watermark (Watermark.pairs()): the folded summary, then the (arrival, event) pairs held. */
  watermark: Float64Array;
  /** The reports within the horizon: the claim as counted (evidence left out) and its arrival, ms. */
  live: Array<{ claim: ClaimRecord; arrival: number }>;
  /**
   * Live totals' parts sealed before them: [total's claimId, [hashed part claim id, its count, …]]. Absent
   * when there are none (and in checkpoints written before it was kept: read as none).
   */
  coverage?: Array<[string, number[]]>;
  /** Parts sealed before their total arrived: [total's claimId, the newest part's arrival, [hashed id, count, …]]. */
  pendingCoverage?: Array<[string, number, number[]]>;
}

/**
 * The core's state, as its changelog keeps it (checkpoint.ts encodes it).
 * AggregateCore.restore() rebuilds from the live part of the newest
 * checkpoint and the sealed deltas of every checkpoint up to it.
 */
export type CoreState = LiveState & SealedState;

/**
 * A checkpoint's two parts as the changelog keeps them: the live part (rewritten whole at every checkpoint) and the
 * sealed delta. Callers split here rather than pick fields, so a field added to either part is carried.
 */
export function splitCheckpoint(state: CoreState): { live: LiveState; sealed: SealedState } {
  const { sealedClaims, rows, days, ...live } = state;
  return { live, sealed: { sealedClaims, rows, days } };
}

interface Row {
  key: string;
  scope: 'region' | 'country';
  /** From the key (`RU-BRY` → RU, country rows); for water areas, from the claims. */
  country: string | null;
  /** A water area's country when it has no claims left (a replaced claim), so the snapshot stays valid. */
  lastCountry: string;
  tally: Tally;
  /** Bumped on every change, so a snapshot body is computed once per (version, asOf). */
  version: number;
  /**
   * The last snapshot body, for (version, sealings) and asOf in [asOf, until): the windows are the
   * only part that reads asOf (windowsAt says until when they hold). `sealings`: the core's count of
   * seals, which move claims into hourly sums without a new version.
   */
  cache?: {
    version: number;
    sealings: number;
    asOf: number;
    until: number;
    body: Omit<Snapshot, 'asOf'>;
    json: string;
  };
}

/** A daily bucket with claims within the horizon (its sealed sums are in SealedDays). */
interface Day {
  key: string;
  row: string;
  day: string;
  tally: Tally;
}

export type { DaySums } from './sealed-days';

/** partsOf's answer for a report no part names. */
const NO_PARTS: readonly LiveReport[] = [];

/** Seal after this many applies, too, so a long replay stays within its memory. */
const SEAL_EVERY = 2_000;

export const DEFAULT_ALLOWED_LATENESS_MS = HOUR_MS;
export const DEFAULT_IDLE_MS = 5 * 60_000;

export class AggregateCore {
  private readonly now: () => number;
  private readonly nameOf: (key: string) => string;
  private readonly claimantKey: (claimant: string | null) => string;
  private readonly owns: (rowKey: string) => boolean;
  private readonly maxFutureMs: number;
  private readonly horizonDays: number | null;
  private readonly watermark: Watermark;
  /** Every claim whose day (UTC day number) is before this has been sealed. */
  private sealedBefore = -Infinity;
  /**
   * Newest arrival per input (a partition, for the service): the horizon
   * follows the slowest input, as a watermark over several inputs does, so
   * how partitions interleave does not decide what is sealed when.
   */
  private readonly newestArrival = new Map<string | number, number>();
  private appliedSinceSeal = 0;
  /** Seals that moved claims (seal()): a row's cached windows are kept only while this stays. */
  private sealings = 0;
  /** Live claims by day (number), to seal a day's claims at once. */
  private readonly groupsByDay = new Map<number, Set<ClaimGroup>>();
  /**
   * Ids (hashed) of sealed claims. A redelivered report of one, or a very late
   * report of the same claim from another article, finds it here and is
   * counted once (joinsSealed).
   */
  private sealedClaims = new HashSet53();
  /**
   * What was sealed since the last checkpoint(): the next changelog delta.
   * Kept only once a checkpoint was taken (or restored from): the first
   * checkpoint() takes the whole sealed state, so a core that never
   * checkpoints holds no second copy.
   */
  private delta: Delta | null = null;
  /** Rebuilding from a checkpoint: the watermark already holds the pairs, and nothing is sealed meanwhile. */
  private replaying = false;

  /** Live reports by claimId, in the order they came; each knows the claim it is in (LiveReport.group). */
  private readonly reports = new ReportTable();
  /** Shares the strings and arrays reports repeat (README, "Memory per live report"). */
  private readonly strings = new SharedStrings();
  private readonly byIdentity = new Map<string, IdentityGroups>();
  /** unattributedOf() per total's claim, until it can change. */
  private readonly unattributedCache = new WeakMap<ClaimGroup, number>();
  /** computeUnattributed()'s sums so far: each marks the claims it took in (ClaimGroup.summedIn). */
  private unattributedSums = 0;
  /**
   * Total's claimId → the live reports that name it in partOf. The reports
   * themselves, not their claimIds: computeUnattributed() reads every part of
   * a total each time the total changes, and a look-up by claimId in
   * `reports` was most of its time. A report is here exactly while it is in
   * `reports` (attach adds it, detach and forget take it out).
   */
  private readonly partsOf = new Map<string, LiveReport[]>();
  /**
   * A live total's parts that were sealed before it (a part dated past the horizon, its total not): per
   * total's claimId, each sealed part claim's hashed id and count. They still cover the total, so its
   * `unattributed` does not depend on when sealing ran; the checkpoint's live part carries them.
   */
  private readonly sealedCoverage = new Map<string, Map<number, number>>();
  /**
   * The same for a total not live yet when its part was sealed (a part dated past the horizon arrives, is
   * sealed, and its total comes in a later batch of another partition): taken into sealedCoverage when the total
   * arrives; dropped once the part's arrival is two horizons behind (a total that late is past the horizon too).
   */
  private readonly pendingCoverage = new Map<string, { arrival: number; cover: Map<number, number> }>();
  /** While seal() lets claims go: the claims it seals, and (built when first asked) their reports' ids. */
  private sealing: ClaimGroup[] | null = null;
  private sealingIds: Set<string> | null = null;
  private readonly rows = new Map<string, Row>();
  /** Daily buckets with claims within the horizon; dropped once all are sealed. */
  private readonly days = new Map<string, Day>();
  /** What daily buckets keep of their claims past the horizon. */
  private readonly sealedDays = new SealedDays();

  private readonly dirtyRows = new Set<string>();
  private readonly dirtyDays = new Set<string>();
  /**
   * What was last handed out by flush()/tick(), minus asOf, to report only
   * real changes. Days only while within the horizon: a sealed day is
   * published again only if a claim changes it, and then it has changed.
   */
  private readonly emittedRows = new Map<string, string>();
  private readonly emittedDays = new Map<string, string>();
  private emittedAsOf: number | null = null;
  /** What prepare() found changed, made the published state by confirm(). */
  private pending: {
    asOf: number | null;
    rows: Map<string, string>;
    days: Map<string, string>;
    seenRows: string[];
    seenDays: string[];
    /** `stateChanges` when prepared: while it stays, `days` holds the buckets' JSON as dailyBucketPayloads would write it. */
    at: number;
  } | null = null;
  /** Applies and seals so far: a daily bucket can only change when this does. */
  private stateChanges = 0;

  constructor(opts: AggregateOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.nameOf = opts.nameOf ?? ((key) => key);
    this.claimantKey = opts.claimantKey ?? defaultClaimantKey;
    this.owns = opts.owns ?? (() => true);
    this.maxFutureMs = opts.maxFutureMs ?? HOUR_MS;
    this.horizonDays = opts.horizonDays ?? null;
    const allowedLatenessMs = opts.allowedLatenessMs ?? DEFAULT_ALLOWED_LATENESS_MS;
    const idleMs = opts.idleMs ?? DEFAULT_IDLE_MS;
    if (!(allowedLatenessMs >= 0) || !(idleMs >= 0)) throw new RangeError('allowedLatenessMs and idleMs must be ≥ 0');
    this.watermark = new Watermark({ allowedLatenessMs, idleMs });
  }

  /**
   * Declares the inputs (partitions) that hold claims before any has been
   * applied (a restore): the horizon waits for every one of them.
   */
  expectInputs(inputs: Array<string | number>): void {
    for (const input of inputs) if (!this.newestArrival.has(input)) this.newestArrival.set(input, -Infinity);
  }

  /** Forgets declared inputs that brought nothing (empty partitions), so they do not hold the horizon. */
  dropIdleInputs(): void {
    for (const [input, arrival] of this.newestArrival) if (arrival === -Infinity) this.newestArrival.delete(input);
  }

  /**
   * Applies one claim. Idempotent per claimId; see README, "Exactly-once
   * effect". `input`: where it came from (the partition), for the horizon.
   */
  apply(claim: ClaimRecord, input: string | number = ''): ApplyResult {
    const touched: Touched = { rows: new Set<string>(), days: new Set<string>() };
    const outcome = this.applyAt(claim, input, null, touched);
    // The keys in the order this result has always had (callers compare it as JSON).
    return { changedKeys: [...touched.rows].sort(), changedDays: [...touched.days].sort(), ...outcome };
  }

  /**
   * apply() without `changedKeys` and `changedDays`, the same in every other
   * respect: the service publishes what prepare() finds changed and reads only
   * the rest, so it need not pay two sets and two sorted arrays per claim.
   */
  applyUntracked(claim: ClaimRecord, input: string | number = ''): ApplyOutcome {
    return this.applyAt(claim, input, null, null);
  }

  /** apply() with the arrival given (a report from a checkpoint whose claim had no ingestedAt). */
  private applyAt(
    claim: ClaimRecord,
    input: string | number,
    arrivalMs: number | null,
    touched: Touched | null,
  ): ApplyOutcome {
    this.stateChanges++;
    const checked = this.toReport(claim, arrivalMs);
    if ('reason' in checked) return { late: false, lateByMs: 0, duplicateClaimId: false, rejected: checked };
    const { report, clampedFrom } = checked;
    // A checkpoint's live reports were live, not reports of a sealed claim: re-applied one by one,
    // an undated one may come before the dated report that held it and find only a sealed claim.
    const sealedClaim = !this.replaying && this.sealedClaims.size ? this.joinsSealed(report) : null;
    if (sealedClaim !== null) {
      // Its arrival moves asOf and the horizon as any report's does.
      this.watermark.add(report.arrival, report.time);
      this.newestArrival.set(input, Math.max(this.newestArrival.get(input) ?? -Infinity, report.arrival));
      const joined = this.joinSealed(report);
      if (joined !== null) touched?.rows.add(joined);
      // A part of a sealed claim still covers its total; a total that is a sealed claim needs no coverage.
      if (
        report.partOf &&
        report.scope === 'region' &&
        this.cover(report.partOf, sealedClaim, report.count, report.arrival)
      )
        this.touchTotals(report, touched);
      this.pendingCoverage.delete(report.claimId);
      return {
        late: true,
        lateByMs: 0,
        duplicateClaimId: false,
        pastHorizon: true,
      };
    }
    // Judged against asOf as it stood when the claim arrived (its ingestedAt),
    // not now: a start-up replay must not call every old claim late.
    // A dated claim may have happened any time that day: it is late only if the
    // whole day is behind asOf, else every report of today would be "late" once
    // a quiet spell had moved asOf past midnight.
    const before = this.watermark.asOfAt(report.arrival);
    const eventDate = report.eventDate;
    const latest = eventDate
      ? Math.max(report.time, Date.parse(`${eventDate}T00:00:00.000Z`) + DAY_MS - 1)
      : report.time;
    const lateByMs = before !== null && latest < before ? before - latest : 0;

    const prev = this.reports.get(claim.claimId);
    if (prev) {
      // A redelivery is identical and changes nothing. Should the same claimId
      // ever come with different content, the smaller canonical form wins, so
      // the outcome still does not depend on which came first.
      if (canonical(prev) <= canonical(report)) {
        return { late: false, lateByMs: 0, duplicateClaimId: true };
      }
      this.regroup(this.detach(prev), touched);
      this.touchTotals(prev, touched);
    }
    this.regroup(this.attach(report), touched);
    this.adoptPending(report);
    this.touchTotals(report, touched);
    this.newestArrival.set(input, Math.max(this.newestArrival.get(input) ?? -Infinity, report.arrival));
    if (this.horizonDays !== null && !this.replaying && ++this.appliedSinceSeal >= SEAL_EVERY) this.seal();

    return {
      late: lateByMs > 0,
      lateByMs,
      duplicateClaimId: prev !== undefined,
      ...(clampedFrom ? { clampedFrom } : {}),
    };
  }

  /** asOf as ISO 8601, or null before the first claim. */
  asOf(): string | null {
    const ms = this.asOfMs();
    return ms === null ? null : iso(ms);
  }

  /** Absolute snapshots at the current asOf for `keys` (unknown keys skipped), or for every non-empty row. */
  snapshots(keys?: string[]): Snapshot[] {
    const asOf = this.asOfMs();
    if (asOf === null) return [];
    const rows = keys ? keys.map((k) => this.rows.get(k)).filter((r): r is Row => r !== undefined) : this.sortedRows();
    return rows.map((row) => ({ ...structuredClone(this.cachedBody(row, asOf).body), asOf: iso(asOf) }));
  }

  /**
   * snapshots(keys) as the bytes to publish: the JSON each row's body was
   * compared by in prepare(), with asOf. The bodies are built by this core's
   * typed code in the contract's key order, so these are the bytes
   * `encodePayload('rolling', …)` gives for them (payloads.spec.ts) without a
   * schema pass and a clone per snapshot.
   */
  snapshotPayloads(keys: string[]): Array<{ key: string; value: string }> {
    const asOf = this.asOfMs();
    if (asOf === null) return [];
    const at = `,"asOf":${JSON.stringify(iso(asOf))}}`;
    const out: Array<{ key: string; value: string }> = [];
    for (const key of keys) {
      const row = this.rows.get(key);
      if (row) out.push({ key, value: this.cachedBody(row, asOf).json.slice(0, -1) + at });
    }
    return out;
  }

  /**
   * dailyBuckets(keys) as the bytes to publish (as `encodePayload('daily', …)` gives them: payloads.spec.ts).
   * The buckets prepare() found changed it wrote already: their JSON is taken as it is while nothing
   * was applied or sealed since, so a publish builds and writes each changed bucket once, not twice.
   */
  dailyBucketPayloads(keys: string[]): Array<{ key: string; value: string }> {
    const prepared = this.pending !== null && this.pending.at === this.stateChanges ? this.pending.days : null;
    const out: Array<{ key: string; value: string }> = [];
    for (const key of keys) {
      const written = prepared?.get(key);
      if (written !== undefined) {
        out.push({ key, value: written });
        continue;
      }
      const bucket = this.bucket(key);
      if (bucket) out.push({ key, value: JSON.stringify(bucket) });
    }
    return out;
  }

  /** Daily buckets for `keys` (`<row>|<YYYY-MM-DD>`, unknown skipped), or every non-empty one. */
  dailyBuckets(keys?: string[]): DailyBucket[] {
    if (keys) return keys.map((k) => this.bucket(k)).filter((b): b is DailyBucket => b !== null);
    const all = new Set<string>();
    for (const [row, day] of this.sealedDays.keys()) all.add(dayKey(row, dayString(day)));
    for (const d of this.days.values()) if (!d.tally.empty) all.add(d.key);
    return [...all].sort(cmp).map((k) => this.bucket(k)!);
  }

  /**
   * Everything whose published value changed since the last flush: rows the
   * claims touched and rows whose windows moved with asOf, compared by content
   * (asOf aside, so a row that still reads the same is not re-sent), and the
   * touched daily buckets. Call after each batch.
   */
  flush(): Changes {
    const changes = this.prepare();
    this.confirm();
    return changes;
  }

  /** Wall-clock advance: rows whose snapshot changed since the last flush/tick. Daily buckets stay for flush(). */
  tick(): string[] {
    const { keys } = this.prepare({ days: false });
    this.confirm();
    return keys;
  }

  /**
   * flush() in two steps, for a caller that publishes: what changed since
   * the last confirm(), without taking it as published. confirm() once the
   * brokers acknowledged it; without a confirm, the next prepare() finds the
   * same changes again (a failed send loses nothing). No apply() in between.
   */
  prepare(opts: { days?: boolean } = {}): Changes {
    if (this.horizonDays !== null) this.seal();
    const asOf = this.asOfMs();
    const rows = new Map<string, string>();
    const days = new Map<string, string>();
    const seenRows = asOf === null ? [] : asOf !== this.emittedAsOf ? [...this.rows.keys()] : [...this.dirtyRows];
    for (const key of seenRows) {
      const row = this.rows.get(key)!;
      const body = this.cachedBody(row, asOf!).json;
      const last = this.emittedRows.get(key);
      if (last === body || (last === undefined && row.tally.empty)) continue;
      rows.set(key, body);
    }
    const seenDays = opts.days === false ? [] : [...this.dirtyDays];
    for (const key of seenDays) {
      const bucket = this.bucket(key);
      const last = this.emittedDays.get(key);
      // Counts are positive: a bucket with no claim, own or shared, reads 0 in both.
      if (bucket === null || (last === undefined && bucket.claims === 0 && bucket.shared === 0)) continue;
      const body = JSON.stringify(bucket);
      if (last !== body) days.set(key, body);
    }
    this.pending = { asOf, rows, days, seenRows, seenDays, at: this.stateChanges };
    return { keys: [...rows.keys()].sort(), days: [...days.keys()].sort() };
  }

  /** The last prepare()'s changes were published. */
  confirm(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    if (p.asOf !== null) this.emittedAsOf = p.asOf;
    for (const key of p.seenRows) this.dirtyRows.delete(key);
    for (const key of p.seenDays) this.dirtyDays.delete(key);
    for (const [key, body] of p.rows) this.emittedRows.set(key, body);
    for (const [key, body] of p.days) if (this.days.has(key)) this.emittedDays.set(key, body);
  }

  /** When the quiet stream will start moving asOf (wall ms), to schedule tick(); null before any claim. */
  idleAdvanceFrom(): number | null {
    return this.watermark.idleFrom();
  }

  /**
   * The state to restore from (CoreState): the live part whole, and what was
   * sealed since the previous checkpoint() (SealedState), which this call
   * takes: hand every checkpoint's sealed part to the changelog. Takes no
   * copy of what it does not need to: call between batches, and encode it
   * before the next apply.
   */
  checkpoint(): CoreState {
    if (this.horizonDays !== null) this.seal();
    const live: LiveState = {
      sealedBefore: this.sealedBefore === -Infinity ? null : this.sealedBefore,
      inputs: [...this.newestArrival].map(([input, at]) => [input, at === -Infinity ? null : at]),
      watermark: this.watermark.pairs(),
      // The reports themselves: each is written as {claim, arrival} (LiveReport.toJSON, and its
      // `claim` and `arrival` read so), its record built as a checkpoint encodes it, a few hundred at a time.
      live: this.reports.values(),
      // (only when there is any, so the bytes of a state without it are as before)
      ...(this.sealedCoverage.size > 0 ? { coverage: this.coverageState() } : {}),
      ...(this.pendingCoverage.size > 0 ? { pendingCoverage: this.pendingState() } : {}),
    };
    const delta = this.delta;
    this.delta = newDelta();
    if (!delta) return { ...live, ...this.wholeSealed() };
    return {
      ...live,
      sealedClaims: Float64Array.from(delta.claims),
      rows: [...delta.rows].map(([key, d]) => ({
        key,
        scope: d.scope,
        lastCountry: d.lastCountry,
        sealed: d.part.toState(),
      })),
      days: [...delta.days].map(([key, d]) => ({ key, row: d.row, day: d.day, sealed: d.sealed })),
    };
  }

  /** sealedCoverage as a checkpoint keeps it: [total's claimId, [hashed part id, count, …]]. */
  private coverageState(): Array<[string, number[]]> {
    return [...this.sealedCoverage].map(([total, cover]) => [total, [...cover].flat()]);
  }

  /** pendingCoverage as a checkpoint keeps it: [total's claimId, the newest part's arrival, [hashed part id, count, …]]. */
  private pendingState(): Array<[string, number, number[]]> {
    return [...this.pendingCoverage].map(([total, p]) => [total, p.arrival, [...p.cover].flat()]);
  }

  /** Everything sealed so far, as one delta (the first checkpoint's). */
  private wholeSealed(): SealedState {
    const rows: SealedState['rows'] = [];
    for (const row of this.rows.values()) {
      const sealed = row.tally.sealed;
      if (sealed) rows.push({ key: row.key, scope: row.scope, lastCountry: row.lastCountry, sealed: sealed.toState() });
    }
    const days: SealedState['days'] = [];
    for (const [row, dayNumber] of this.sealedDays.keys()) {
      const day = dayString(dayNumber);
      days.push({ key: dayKey(row, day), row, day, sealed: this.sealedDays.get(row, dayNumber)! });
    }
    return { sealedClaims: this.sealedClaims.values(), rows, days };
  }

  /**
   * A core rebuilt from checkpoints: the sealed parts of `earlier` (every
   * checkpoint before `state`, in order) and of `state` added up, then the
   * live reports of `state` applied again. It reads as the checkpointed core
   * did, and everything in it counts as not yet published.
   */
  static restore(
    state: LiveState & Partial<SealedState>,
    opts: AggregateOptions = {},
    earlier: SealedState[] = [],
  ): AggregateCore {
    const core = new AggregateCore(opts);
    for (const sealed of earlier) core.loadSealed(sealed);
    if (state.rows && state.days && state.sealedClaims)
      core.loadSealed({ rows: state.rows, days: state.days, sealedClaims: state.sealedClaims });
    core.loadLive(state);
    // Its next checkpoint adds to the chain it was restored from.
    core.delta = newDelta();
    return core;
  }

  /** Adds a checkpoint's sealed delta. */
  private loadSealed(state: SealedState): void {
    this.stateChanges++;
    for (const h of state.sealedClaims) this.sealedClaims.add(h);
    for (const r of state.rows) {
      const row = this.row(r.key, r.scope);
      row.lastCountry = r.lastCountry;
      if (row.tally.sealed) row.tally.sealed.merge(r.sealed);
      else row.tally.sealed = SealedPart.fromState(r.sealed);
      row.version++;
      this.dirtyRows.add(r.key);
    }
    for (const d of state.days) {
      this.sealedDays.add(d.row, dayNumberOf(d.day), d.sealed);
      this.dirtyDays.add(d.key);
    }
  }

  private loadLive(state: LiveState): void {
    this.sealedBefore = state.sealedBefore ?? -Infinity;
    this.watermark.load(state.watermark);
    this.replaying = true;
    try {
      for (const { claim, arrival } of state.live) this.applyAt(claim, '', arrival, null);
    } finally {
      this.replaying = false;
    }
    this.newestArrival.clear();
    for (const [input, at] of state.inputs) this.newestArrival.set(input, at ?? -Infinity);
    const pairs = (flat: number[]) => {
      const cover = new Map<number, number>();
      for (let i = 0; i + 1 < flat.length; i += 2) cover.set(flat[i]!, flat[i + 1]!);
      return cover;
    };
    for (const [total, flat] of state.coverage ?? []) {
      this.sealedCoverage.set(total, pairs(flat));
      this.forgetUnattributed(this.reports.get(total));
    }
    for (const [total, arrival, flat] of state.pendingCoverage ?? [])
      this.pendingCoverage.set(total, { arrival, cover: pairs(flat) });
  }

  /** Reports held within the horizon: what a checkpoint's live part holds. O(1). */
  liveReports(): number {
    return this.reports.size;
  }

  /**
   * Sizes, for logs and memory watching: reports (claim records) held, distinct
   * claims, and non-empty rows and daily buckets. (A row or bucket emptied by a
   * replaced claimId stays in memory to be published as zero; it is not counted.)
   */
  stats(): { reports: number; claims: number; rows: number; days: number } {
    let claims = this.sealedClaims.size;
    for (const ig of this.byIdentity.values()) claims += ig.all().length;
    return {
      reports: this.reports.size,
      claims,
      rows: [...this.rows.values()].filter((r) => !r.tally.empty).length,
      days:
        this.sealedDays.size + [...this.days.values()].filter((d) => !this.sealedDaysHas(d) && !d.tally.empty).length,
    };
  }

  // ---- state changes -------------------------------------------------------

  /**
   * Checks what the core can check and builds the stored report. Event time
   * comes from input: a claim dated after its own arrival (beyond the
   * allowance), arriving from the future, or dated before 1990 is rejected;
   * an eventDate after the article's publication day is counted on that day.
   */
  private toReport(
    claim: ClaimRecord,
    arrivalMs: number | null,
  ): { report: LiveReport; clampedFrom?: string } | Rejected {
    if (claim.scope === 'region' && claim.regions.length === 0)
      return { reason: 'invalid_claim', detail: 'region scope without regions' };
    const time = Date.parse(claim.eventTime);
    const arrival = arrivalMs ?? (claim.ingestedAt ? Date.parse(claim.ingestedAt) : this.now());
    const published = claim.publishedAt ? Date.parse(claim.publishedAt) : null;
    const dated = claim.eventDate ? Date.parse(`${claim.eventDate}T00:00:00.000Z`) : null;
    // (Date.parse takes 30 February for 2 March: a day must read back as written.)
    const badDay = dated !== null && !Number.isNaN(dated) && isoDay(dated) !== claim.eventDate;
    if (badDay || [time, arrival, published ?? 0, dated ?? 0].some(Number.isNaN))
      return { reason: 'invalid_time', detail: 'eventTime, ingestedAt, publishedAt or eventDate is not a date' };
    if (arrival > this.now() + this.maxFutureMs)
      return { reason: 'future_arrival', detail: `ingestedAt ${claim.ingestedAt} is ahead of the clock` };
    if (time < EARLIEST_EVENT_TIME || (dated !== null && dated < EARLIEST_EVENT_TIME))
      return { reason: 'event_time_out_of_range', detail: `event time ${claim.eventTime} is before 1990` };
    // The day the article was written on (its publication, else its arrival);
    // a day more for time zones ("June 3" in Moscow is June 2 late in UTC).
    const writtenDay = Math.floor((published ?? arrival) / DAY_MS) * DAY_MS;
    let clampedFrom: string | undefined;
    let bounded = claim;
    if (dated !== null && dated > writtenDay + DAY_MS) {
      clampedFrom = claim.eventDate!;
      const day = isoDay(writtenDay);
      bounded = { ...claim, eventDate: day, eventTime: iso(Math.min(time, writtenDay)) };
    }
    // An undated claim's time is its article's publishedAt, which ingest bounds
    // the same way; this guards claims that reach the topic by another road.
    const boundedTime = clampedFrom ? Math.min(time, writtenDay) : time;
    if (dated === null && boundedTime > arrival + this.maxFutureMs) {
      return {
        reason: 'future_event_time',
        detail: `event time ${claim.eventTime} is more than ${this.maxFutureMs} ms after the claim's arrival ${iso(arrival)}`,
      };
    }
    const regions =
      claim.scope === 'country'
        ? this.strings.regions(NO_REGIONS, false)
        : isSortedDistinct(claim.regions)
          ? // Most arrive sorted and distinct (ingest writes them so): no set, copy and sort for those.
            this.strings.regions(claim.regions, false)
          : this.strings.regions([...new Set(claim.regions)].sort());
    return {
      report: this.strings.report(bounded, regions, boundedTime, arrival, this.claimantKey),
      ...(clampedFrom ? { clampedFrom } : {}),
    };
  }

  private attach(r: LiveReport): GroupChange {
    const id = r.claimId;
    this.reports.set(r);
    const identity = identityOf(r, r.regions);
    let groups = this.byIdentity.get(identity);
    if (!groups) this.byIdentity.set(identity, (groups = new IdentityGroups(identity)));
    if (!this.replaying) this.watermark.add(r.arrival, r.time);
    if (r.partOf) {
      // An array of its exact size (concat, filter + slice), not a set: a total has a few parts.
      const parts = this.partsOf.get(r.partOf);
      if (!parts) this.partsOf.set(r.partOf, [r]);
      else if (!parts.some((p) => p.claimId === id)) this.partsOf.set(r.partOf, parts.concat(r));
    }
    return groups.add(r);
  }

  private detach(r: LiveReport): GroupChange {
    const id = r.claimId;
    this.reports.delete(id);
    const identity = identityOf(r, r.regions);
    const groups = this.byIdentity.get(identity)!;
    const change = groups.remove(r);
    if (groups.size === 0) this.byIdentity.delete(identity);
    this.watermark.remove(r.arrival, r.time);
    if (r.partOf) {
      this.removePart(r.partOf, id);
    }
    return change;
  }

  /** The part `id` no longer names the total `partOf`. */
  private removePart(partOf: string, id: string): void {
    const parts = this.partsOf.get(partOf);
    if (!parts?.some((p) => p.claimId === id)) return;
    if (parts.length === 1) this.partsOf.delete(partOf);
    else this.partsOf.set(partOf, parts.filter((p) => p.claimId !== id).slice());
  }

  /** Moves the rows from the claims that went to the claims that came. */
  private regroup(change: GroupChange, touched: Touched | null): void {
    if (change.grown) this.grow(change.grown, touched);
    for (const g of change.removed) {
      this.contribute(g, -1, touched);
      for (const m of g.members) {
        const r = this.reports.get(m);
        if (r && r.group === g) r.group = null;
      }
      this.groupsByDay.get(dayNumberOf(g.day))?.delete(g);
    }
    for (const g of change.added) {
      this.contribute(g, 1, touched);
      for (const m of g.members) {
        const r = this.reports.get(m);
        if (r) r.group = g;
      }
      const d = dayNumberOf(g.day);
      let set = this.groupsByDay.get(d);
      if (!set) this.groupsByDay.set(d, (set = new Set()));
      set.add(g);
    }
    // Regrouping can merge or split parts of a total, which moves its
    // unattributed count even when the new report names no total itself.
    for (const g of [...change.removed, ...change.added]) {
      for (const m of g.members) {
        const r = this.reports.get(m);
        if (r) this.touchTotals(r, touched);
      }
    }
  }

  /**
   * A claim that gained a report in place (IdentityGroups.join): it counts
   * where it did, the same count once, so only what the report adds moves —
   * its article among `sources`, its claimant in `byClaimant` — as
   * contribute(−1) then contribute(+1) would, without touching the claim's
   * other reports. Its rows' windows read the claim's (maybe earlier) time.
   */
  private grow({ group: g, claimId, newArticle, newClaimant }: GrownClaim, touched: Touched | null): void {
    const r = this.reports.get(claimId);
    if (r) r.group = g;
    this.unattributedCache.delete(g);
    for (const [rowKey, scope, share] of this.shares(g)) {
      const row = this.row(rowKey, scope);
      row.tally.grow(share, newArticle, newClaimant, g.count);
      row.version++;
      const day = this.day(rowKey, g.day);
      day.tally.grow(share, newArticle, newClaimant, g.count);
      touched?.rows.add(rowKey);
      touched?.days.add(day.key);
      this.dirtyRows.add(rowKey);
      this.dirtyDays.add(day.key);
    }
  }

  /** Where a distinct claim counts: the heart of "never counted twice". */
  private contribute(g: ClaimGroup, sign: 1 | -1, touched: Touched | null): void {
    for (const [rowKey, scope, share] of this.shares(g)) {
      const row = this.row(rowKey, scope);
      row.tally.apply(g, share, sign);
      row.version++;
      if (row.country === null && sign === 1) row.lastCountry = g.country;
      const day = this.day(rowKey, g.day);
      day.tally.apply(g, share, sign);
      // The bucket's own key: one string for the look-up and both sets (a new one each would be hashed each time).
      touched?.rows.add(rowKey);
      touched?.days.add(day.key);
      this.dirtyRows.add(rowKey);
      this.dirtyDays.add(day.key);
    }
  }

  /** The rows a claim counts in, and how. */
  private shares(g: ClaimGroup): Array<[string, Row['scope'], Share]> {
    let out: Array<[string, Row['scope'], Share]>;
    if (g.scope === 'country') {
      // A country-scope count that only ever appears as part of a bigger total
      // ("75 of them in the south") is inside that total already.
      out = g.partOnly ? [] : [[g.country, 'country', 'own']];
    } else if (g.regions.length === 1 && g.regions[0] !== undefined) {
      out = [[g.regions[0], 'region', 'own']];
    } else {
      out = g.regions.map((r) => [r, 'region', 'shared']);
    }
    return out.filter(([rowKey]) => this.owns(rowKey));
  }

  // ---- the horizon -----------------------------------------------------------

  /**
   * Folds every live claim whose day is more than `horizonDays` before the
   * newest arrival into its rows' and days' sums, and lets its reports go.
   * The figures read the same before and after. Arrival (ingestedAt) decides,
   * not the clock, so a replay seals at the same points as the live run.
   */
  private seal(): void {
    this.stateChanges++;
    this.appliedSinceSeal = 0;
    if (this.horizonDays === null || this.newestArrival.size === 0) return;
    const slowest = Math.min(...this.newestArrival.values());
    if (slowest === -Infinity) return;
    const before = Math.floor(slowest / DAY_MS) - this.horizonDays;
    // The watermark's pairs that arrived a day before the horizon are folded (watermark.ts).
    this.watermark.fold((before - 1) * DAY_MS);
    const due: ClaimGroup[] = [];
    for (const [day, groups] of this.groupsByDay) {
      if (day >= before) continue;
      due.push(...groups);
      this.groupsByDay.delete(day);
    }
    this.sealedBefore = Math.max(this.sealedBefore, before);
    for (const [total, pending] of this.pendingCoverage)
      if (pending.arrival < (before - this.horizonDays) * DAY_MS) this.pendingCoverage.delete(total);
    if (!due.length) return;
    this.sealings++;
    // What each total leaves unattributed, before any of its parts is let go.
    const unattributed = new Map(due.filter((g) => g.scope === 'country').map((g) => [g, this.unattributedOf(g)]));
    const emptied = new Set<Day>();
    const delta = this.delta;
    for (const g of due) {
      for (const [rowKey, scope, share] of this.shares(g)) {
        const row = this.rows.get(rowKey)!;
        const left = share === 'own' ? (unattributed.get(g) ?? 0) : 0;
        const added = row.tally.seal(g, share, true, left);
        const day = this.days.get(dayKey(rowKey, g.day))!;
        const sums = sealIntoDay(day, g, share);
        this.sealedDays.add(rowKey, dayNumberOf(g.day), sums);
        if (day.tally.empty) emptied.add(day);
        if (!delta) continue;
        // The same into the delta: its row part (only the articles new to the row), its day's sums.
        let d = delta.rows.get(rowKey);
        if (!d) delta.rows.set(rowKey, (d = { scope, lastCountry: row.lastCountry, part: new SealedPart(true) }));
        d.lastCountry = row.lastCountry;
        if (share === 'shared') d.part.addShared(g);
        else d.part.addOwn(g, left);
        for (const h of added) d.part.articles.add(h);
        const dd = delta.days.get(day.key);
        if (dd) addDaySums(dd.sealed, sums);
        else delta.days.set(day.key, { row: day.row, day: day.day, sealed: sums });
      }
      const h = hash53(g.id);
      if (this.sealedClaims.add(h)) delta?.claims.push(h);
    }
    // A bucket whose claims are all sealed lives on in sealedDays only.
    for (const day of emptied) {
      if (!day.tally.empty) continue;
      this.days.delete(day.key);
      this.emittedDays.delete(day.key);
    }
    // (a part sealed with its total needs no coverage: the total's unattributed was taken above)
    this.sealing = due;
    try {
      for (const g of due) this.forget(g);
    } finally {
      this.sealing = null;
      this.sealingIds = null;
    }
  }

  /** Lets a sealed claim's reports go. */
  private forget(g: ClaimGroup): void {
    const members = g.members.map((id) => this.reports.get(id)).filter((r): r is LiveReport => r !== undefined);
    for (const r of members) {
      const id = r.claimId;
      this.reports.delete(id);
      this.partsOf.delete(id);
      // (a sealed total's coverage is in the sealed sums, its unattributed with it)
      this.sealedCoverage.delete(id);
      if (r.partOf) {
        this.removePart(r.partOf, id);
        // The total keeps what this part covered, as its sealed coverage (the figure does not move).
        if (g.scope === 'region') this.cover(r.partOf, hash53(g.id), g.count, r.arrival);
        this.forgetUnattributed(this.reports.get(r.partOf));
      }
    }
    const groups = this.byIdentity.get(g.identity);
    if (groups) {
      groups.forget(g, members);
      if (groups.size === 0) this.byIdentity.delete(g.identity);
    }
  }

  /**
   * A sealed part claim (hashed id, count) covers the total `totalId`: the live total's sealedCoverage, or the
   * pending coverage of a total not live yet. Whether a live total's coverage was recorded.
   */
  private cover(totalId: string, partHash: number, count: number, arrival: number): boolean {
    const total = this.reports.get(totalId);
    // (a total that says how much its article broke down, `attributed`, is counted by that, not by its parts)
    if (total?.attributed !== undefined) return false;
    if (total) {
      let cover = this.sealedCoverage.get(totalId);
      if (!cover) this.sealedCoverage.set(totalId, (cover = new Map<number, number>()));
      cover.set(partHash, count);
      return true;
    }
    if (this.sealing) {
      // (asked only for a part whose total is gone: most seals never build the set)
      this.sealingIds ??= new Set(this.sealing.flatMap((g) => g.members));
      if (this.sealingIds.has(totalId)) return false;
    }
    let pending = this.pendingCoverage.get(totalId);
    if (!pending) this.pendingCoverage.set(totalId, (pending = { arrival, cover: new Map<number, number>() }));
    pending.arrival = Math.max(pending.arrival, arrival);
    pending.cover.set(partHash, count);
    return false;
  }

  /** A total that arrived: the parts sealed before it cover it (pendingCoverage). */
  private adoptPending(total: LiveReport): void {
    const pending = this.pendingCoverage.get(total.claimId);
    if (!pending) return;
    this.pendingCoverage.delete(total.claimId);
    if (total.attributed !== undefined) return;
    let cover = this.sealedCoverage.get(total.claimId);
    if (!cover) this.sealedCoverage.set(total.claimId, (cover = new Map<number, number>()));
    for (const [h, count] of pending.cover) cover.set(h, count);
    this.forgetUnattributed(total);
  }

  /**
   * A report of a claim already sealed: its day (or, undated, the day it
   * would join) is past the horizon and that claim exists there. As the
   * corroboration rules would place it, live claims first.
   */
  private joinsSealed(r: LiveReport): number | null {
    const identity = identityOf(r, r.regions);
    const live = this.byIdentity.get(identity);
    const sealedDated = (day: number): number | null => {
      if (day >= this.sealedBefore) return null;
      const h = hash53(`${identity}|${dayString(day)}|d`);
      return this.sealedClaims.has(h) ? h : null;
    };
    if (r.eventDate) return sealedDated(dayNumberOf(r.eventDate));
    const x = Math.floor(r.time / DAY_MS);
    for (const day of [x, x - 1, x + 1]) {
      if (live?.hasDated(day)) return null;
      const h = sealedDated(day);
      if (h !== null) return h;
    }
    if (x >= this.sealedBefore) return null;
    const h = hash53(`${identity}|${dayString(x)}|u`);
    return this.sealedClaims.has(h) ? h : null;
  }

  /**
   * A report of a sealed claim: counted once, as that claim, and its article
   * becomes one of the claim's sources, as it would have if it had arrived
   * before the claim was sealed. So a row's `sources` does not depend on
   * where batch boundaries fell (when sealing ran), nor does it read low for
   * a backfill. The row: the one the claim counts in as its own (a single
   * region, or a country total that is not a part of another; multi-region
   * claims add no sources). Daily buckets are left as they are: a sealed
   * bucket keeps sums, not its articles, so it cannot tell a new source from
   * one it counted already or will count when a live claim of the same
   * article on that day is sealed; it may read one source low, never high.
   * Idempotent: the row keeps hashed articles, so a redelivery adds nothing.
   * The row it changed, or null.
   */
  private joinSealed(r: LiveReport): string | null {
    const rowKey = r.scope === 'country' ? (r.partOf ? null : r.country) : r.regions.length === 1 ? r.regions[0] : null;
    const row = rowKey === null || rowKey === undefined || !this.owns(rowKey) ? undefined : this.rows.get(rowKey);
    if (!row?.tally.sealed) return null;
    const h = hash53(r.articleId);
    if (!row.tally.addSealedSource(r.articleId, h)) return null;
    row.version++;
    this.dirtyRows.add(row.key);
    if (this.delta) {
      let d = this.delta.rows.get(row.key);
      if (!d)
        this.delta.rows.set(
          row.key,
          (d = { scope: row.scope, lastCountry: row.lastCountry, part: new SealedPart(true) }),
        );
      d.part.articles.add(h);
    }
    return row.key;
  }

  /** A part (partOf) changes its total's `unattributed`: mark that country row. */
  private touchTotals(r: LiveReport, touched: Touched | null): void {
    if (!r.partOf) return;
    const total = this.reports.get(r.partOf);
    this.forgetUnattributed(total);
    const key = total ? total.country : r.country;
    const row = this.rows.get(key);
    if (row && this.owns(key)) {
      row.version++;
      touched?.rows.add(key);
      this.dirtyRows.add(key);
    }
  }

  private row(key: string, scope: Row['scope']): Row {
    let row = this.rows.get(key);
    if (!row) {
      const fromKey = countryOfKey(key);
      this.rows.set(
        key,
        (row = { key, scope, country: fromKey, lastCountry: fromKey ?? 'XX', tally: new Tally(), version: 0 }),
      );
    }
    return row;
  }

  private day(rowKey: string, day: string): Day {
    const key = dayKey(rowKey, day);
    let d = this.days.get(key);
    if (!d) this.days.set(key, (d = { key, row: rowKey, day, tally: new Tally() }));
    return d;
  }

  // ---- reading -------------------------------------------------------------

  private asOfMs(): number | null {
    return this.watermark.asOf(this.now());
  }

  private sortedRows(): Row[] {
    return [...this.rows.values()].filter((r) => !r.tally.empty).sort((a, b) => cmp(a.key, b.key));
  }

  private cachedBody(row: Row, asOf: number): NonNullable<Row['cache']> {
    const c = row.cache;
    const unchanged = c?.version === row.version && c.sealings === this.sealings;
    // Only asOf moved (every batch moves it): the body reads asOf through its windows alone, and they
    // hold until an entry leaves one, so most rows skip the recount (O(claims in the row)) at a flush.
    if (unchanged && asOf >= c.asOf && asOf < c.until) return c;
    const own = row.tally.ownWindows(asOf);
    const shared = row.tally.sharedWindows(asOf);
    const until = Math.min(own.until, shared.until);
    // Recounted, and reading as before: the same body, without its breakdowns, unattributed and JSON.
    if (unchanged && sameCounts(own.counts, c.body.windows) && sameCounts(shared.counts, c.body.shared)) {
      c.asOf = asOf;
      c.until = until;
      return c;
    }
    const body = this.snapshotBody(row, own.counts, shared.counts);
    return (row.cache = {
      version: row.version,
      sealings: this.sealings,
      asOf,
      until,
      body,
      json: JSON.stringify(body),
    });
  }

  /** `own`, `shared`: the row's windows at the snapshot's asOf, O(claims in the row) (README, "Cost"); the rest O(1). */
  private snapshotBody(row: Row, own: WindowCounts, shared: WindowCounts): Omit<Snapshot, 'asOf'> {
    const t = row.tally;
    const body: Omit<Snapshot, 'asOf'> = {
      key: row.key,
      scope: row.scope,
      country: this.rowCountry(row),
      name: this.nameOf(row.key),
      windows: own,
      byWeapon: t.weapons(),
      byClaimant: t.claimantCounts(),
      claims: t.claims,
      sources: t.sourceCount,
      shared: { all: shared.all, '24h': shared['24h'], '7d': shared['7d'], '30d': shared['30d'] },
    };
    if (row.scope === 'country') body.unattributed = this.unattributed(row);
    return body;
  }

  /** A region's country is in its ISO code; a water area takes its claims' (the smallest, if several). */
  private rowCountry(row: Row): string {
    return row.country ?? row.tally.countryKeys()[0] ?? row.lastCountry;
  }

  /**
   * Σ over the country's totals of max(0, total − what its breakdown covers).
   * The breakdown's rows may live on other instances, so a report that says
   * how much of it its own article broke down (`attributed`, set by extract)
   * is believed, the largest across a total's reports. Otherwise the parts are
   * the distinct region-scope claims that name a report of it (partOf) in this
   * instance's state. All-time only. O(totals' reports + their parts).
   */
  private unattributed(row: Row): number {
    let sum = row.tally.sealed?.unattributed ?? 0;
    for (const g of row.tally.own.values()) sum += this.unattributedOf(g);
    return sum;
  }

  /**
   * What one total leaves unattributed (see unattributed()), computed once
   * until it can change: the total's claim changes (a new object, or grown in
   * place: grow()), or one of its parts comes, goes or is regrouped
   * (touchTotals(), forget()). Country rows read it for every snapshot.
   */
  private unattributedOf(g: ClaimGroup): number {
    let value = this.unattributedCache.get(g);
    if (value === undefined) this.unattributedCache.set(g, (value = this.computeUnattributed(g)));
    return value;
  }

  /** A part of `total` (a report) changed: its claim's unattributed is computed again. */
  private forgetUnattributed(total: LiveReport | undefined): void {
    const g = total?.group;
    if (g) this.unattributedCache.delete(g);
  }

  private computeUnattributed(g: ClaimGroup): number {
    // The largest `attributed` of its reports, kept with the claim (corroboration.ts).
    if (g.attributed >= 0) return Math.max(0, g.count - g.attributed);
    // Each distinct claim of the parts once. A part's `group` is the claim its slot of IdentityGroups
    // holds now (regroup, grow and forget keep it so), one object per id: the claims are told apart
    // as objects, by a number each keeps of the last sum it was in (summedIn), not by a set of ids —
    // a Map per sum, most of this function's time, and a country row sums every total it has.
    const sum = ++this.unattributedSums;
    let covered = 0;
    /** The sealed parts counted so far, by hashed id (two of the total's reports may name the same one). */
    let sealedSeen: Set<number> | null = null;
    for (const m of g.members) {
      for (const p of this.partsOf.get(m) ?? NO_PARTS) {
        const pg = p.group;
        if (!pg || pg.scope !== 'region' || pg.summedIn === sum) continue;
        pg.summedIn = sum;
        covered += pg.count;
      }
      const cover = this.sealedCoverage.get(m);
      if (!cover) continue;
      sealedSeen ??= new Set();
      for (const [h, count] of cover) {
        if (sealedSeen.has(h)) continue;
        sealedSeen.add(h);
        covered += count;
      }
    }
    return Math.max(0, g.count - covered);
  }

  private sealedDaysHas(d: Day): boolean {
    return this.sealedDays.has(d.row, dayNumberOf(d.day));
  }

  /** The daily bucket `<row>|<YYYY-MM-DD>`, live and sealed parts added; null when it has neither. */
  private bucket(key: string): DailyBucket | null {
    const d = this.days.get(key);
    const split = key.lastIndexOf('|');
    const region = d?.row ?? key.slice(0, split);
    const day = d?.day ?? key.slice(split + 1);
    const dayNumber = dayNumberOf(day);
    const f = this.sealedDays.get(region, dayNumber);
    if (!d && !f) return null;
    const t = d?.tally;
    const byWeapon = t ? t.weapons() : {};
    if (f) for (const [w, n] of Object.entries(f.byWeapon)) byWeapon[w] = (byWeapon[w] ?? 0) + n;
    return {
      key,
      region,
      day,
      count: (t?.count ?? 0) + (f?.count ?? 0),
      byWeapon: Object.fromEntries(Object.entries(byWeapon).sort(([a], [b]) => cmp(a, b))),
      claims: (t?.claims ?? 0) + (f?.claims ?? 0),
      sources: (t?.sourceCount ?? 0) + (f?.sources ?? 0),
      shared: (t?.sharedCount ?? 0) + (f?.shared ?? 0),
    };
  }
}

/** Takes a claim's share of a day out of its live tally; returns what it adds to the day's sealed sums. */
function sealIntoDay(day: Day, g: ClaimGroup, share: Share): DaySums {
  const t = day.tally;
  const add = emptyDaySums();
  if (share === 'shared') {
    t.apply(g, share, -1);
    add.shared = g.count;
    add.sharedClaims = 1;
  } else {
    for (const a of g.articles) if (t.sources.get(a) === 1) add.sources++;
    t.apply(g, share, -1);
    add.count = g.count;
    add.claims = 1;
    add.byWeapon[g.weapon] = g.count;
  }
  return add;
}

function emptyDaySums(): DaySums {
  return { count: 0, byWeapon: {}, claims: 0, sources: 0, shared: 0, sharedClaims: 0 };
}

function addDaySums(into: DaySums, add: DaySums): void {
  into.count += add.count;
  into.claims += add.claims;
  into.sources += add.sources;
  into.shared += add.shared;
  into.sharedClaims += add.sharedClaims;
  for (const [w, n] of Object.entries(add.byWeapon)) into.byWeapon[w] = (into.byWeapon[w] ?? 0) + n;
}

interface Delta {
  claims: number[];
  rows: Map<string, { scope: Row['scope']; lastCountry: string; part: SealedPart }>;
  days: Map<string, { row: string; day: string; sealed: DaySums }>;
}

function newDelta(): Delta {
  return { claims: [], rows: new Map(), days: new Map() };
}

function dayNumberOf(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00.000Z`) / DAY_MS);
}

export function dayKey(rowKey: string, day: string): string {
  return `${rowKey}|${day}`;
}

/** What decides a report's effect; evidence and key order do not. */
function canonical(r: LiveReport): string {
  return JSON.stringify([
    r.articleId,
    r.scope,
    r.country,
    r.regions,
    r.count,
    r.weapon,
    r.form.qualifier,
    r.claimant,
    r.eventDate,
    r.time,
    r.article.publishedAt ?? null,
    r.article.ingestedAt ? r.arrival : null,
    r.partOf ?? null,
  ]);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
