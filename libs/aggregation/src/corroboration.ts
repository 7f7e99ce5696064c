/**
 * Corroboration: which reports are the same claim.
 *
 * Two reports are candidates when their identity agrees: scope, the sorted
 * regions (region scope) or the country (country scope), count and weapon
 * (claims.md) — and the country for region scope too, which only matters for
 * water areas: Russia's "5 drones over the Black Sea" and Ukraine's are not one
 * claim (and a country-keyed partitioning keeps them apart). Among candidates, "event date within a day" is decided by day:
 *
 * 1. A dated report (the article dated the event: `eventDate` set) belongs to
 *    the claim of that date. Same identity, same date: one claim. A different
 *    date is a different claim, even the next day — "one drone over Belgorod"
 *    every night is one claim per night, never one chain.
 * 2. An undated report (its time is when the article was published, or
 *    ingested) joins the dated claim of the same identity on its own UTC day,
 *    else on the day before (news of a night is published the morning after),
 *    else on the day after (time zones); else it stands with the other
 *    undated reports of its UTC day.
 *
 * Dated claims are grouped by dated reports alone, and an undated report's
 * place depends only on which dated claims exist, so the grouping is a
 * function of the set of reports: no arrival order can chain A (day 1), B
 * (day 2), C (day 3) into one claim, or split it differently.
 *
 * A claim's time is its earliest dated report's event time (an undated report
 * of it does not move it), else its earliest report's; its day is its date,
 * else the UTC day of its time.
 */
import type { ClaimRecord, Weapon } from '@skytally/contracts';
import { DAY_MS, dayString, iso } from './time.util';

/**
 * A report as a caller hands it to groupReports(): the claim record and what
 * is derived from it. The core stores reports as LiveReport (below).
 */
export interface Report {
  claim: ClaimRecord;
  /** Event time, ms. */
  time: number;
  /** Arrival (ingestedAt, else apply time), ms. */
  arrival: number;
  /** Sorted, de-duplicated regions. */
  regions: string[];
  /** byClaimant key. */
  claimantKey: string;
}

/**
 * What the reports of one article share (they arrive together): its id, its
 * times, its arrival (ms). A time that reads back as written (ISO 8601 as
 * toISOString writes it, as ingest does) is kept as ms — not a 40-byte
 * string —, and `ingestedAt` not at all when it is the arrival. `publishedAt`
 * is kept as ms after the arrival when that fits a small integer (|d| < 2^30
 * ms, 12 days: most articles arrive within hours of their publication), which
 * V8 stores in the field itself; else as ms (a 16-byte boxed number).
 */
export class ArticleFacts {
  /** A number below SMALL_MS in size: ms after the arrival; else ms; or the text as given. */
  private readonly published: number | string | null | undefined;
  /** null: `ingestedAt` is iso(arrival). */
  private readonly ingested: string | undefined | null;

  constructor(
    readonly articleId: string,
    publishedAt: string | null | undefined,
    ingestedAt: string | undefined,
    readonly arrival: number,
  ) {
    this.published = typeof publishedAt === 'string' ? publishedField(publishedAt, arrival) : publishedAt;
    this.ingested = ingestedAt !== undefined && msOf(ingestedAt) === arrival ? null : ingestedAt;
  }

  get publishedAt(): string | null | undefined {
    const p = this.published;
    if (typeof p !== 'number') return p;
    return publishedText.of(Math.abs(p) < SMALL_MS ? p + this.arrival : p);
  }

  get ingestedAt(): string | undefined {
    return this.ingested === null ? ingestedText.of(this.arrival) : this.ingested;
  }
}

/** A report's event time in ms (Date.parse of it), as written (kept only when iso(time) is not it), and its date when dated. */
export class EventFacts {
  private readonly text: string | null;

  constructor(
    eventTime: string,
    readonly time: number,
    readonly eventDate: string | null,
  ) {
    this.text = msOf(eventTime) === time ? null : eventTime;
  }

  get eventTime(): string {
    return this.text ?? eventText.of(this.time);
  }
}

/**
 * iso(ms), the last one remembered: a checkpoint reads the reports in the
 * order they came, so the reports of one article ask for the same times in a
 * row. One per field, as a record reads its three times in turn.
 */
class IsoText {
  private ms = NaN;
  private text = '';

  of(ms: number): string {
    if (ms !== this.ms) {
      this.text = iso(ms);
      this.ms = ms;
    }
    return this.text;
  }
}
const publishedText = new IsoText();
const ingestedText = new IsoText();
const eventText = new IsoText();

/** What ArticleFacts keeps of a publishedAt: ms after the arrival, or ms, or the text (publishedAt reads it back). */
function publishedField(publishedAt: string, arrival: number): number | string {
  const ms = msOf(publishedAt);
  if (ms === null) return publishedAt;
  const after = ms - arrival;
  // Integers only, so that after + arrival is ms exactly.
  if (Number.isSafeInteger(arrival) && Math.abs(after) < SMALL_MS) return after;
  return Math.abs(ms) >= SMALL_MS ? ms : publishedAt;
}

/** 2^30: below it in size, an integer is a small integer (Smi) to V8, stored in the field itself. */
const SMALL_MS = 2 ** 30;

/** `s` in ms when it is exactly what iso() writes for them; else null. */
function msOf(s: string): number | null {
  const ms = Date.parse(s);
  return !Number.isNaN(ms) && iso(ms) === s ? ms : null;
}

/** What many reports repeat: how the count is qualified, what, where, and who said it. */
export interface ReportForm {
  readonly qualifier: ClaimRecord['qualifier'];
  readonly weapon: Weapon;
  readonly scope: ClaimRecord['scope'];
  readonly country: string;
  readonly claimant: string | null;
  /** byClaimant key. */
  readonly claimantKey: string;
}

/** Where a report is (from a pool: a few hundred values): its regions, as given and sorted, and its routing key. */
export interface ReportPlace {
  /** Sorted, de-duplicated regions. */
  readonly regions: string[];
  /** The regions as the claim gave them (the same array as `regions` when equal). */
  readonly claimRegions: string[];
  readonly regionKey: string;
}

/**
 * A report's `partOf` and `attributed` in one field: `partOf` itself (a
 * string, null or undefined) when `attributed` is absent — parts, and most
 * reports —, `attributed` (a number) when `partOf` is null — totals —, and
 * both in an object in any other case. No object for the common cases.
 */
export type ReportLinks =
  string | number | null | undefined | { partOf: string | null | undefined; attributed: number };

export function linksOf(partOf: string | null | undefined, attributed: number | undefined): ReportLinks {
  if (attributed === undefined) return partOf;
  return partOf === null ? attributed : { partOf, attributed };
}

/**
 * One applied report, as the core stores it: a fixed-shape object whose
 * fields point at what it shares with other reports (its article's facts, its
 * event time, its form, its place; its links to a total in one field), so a
 * live report is one object of 8 fields instead of a claim record of 17, a wrapper
 * of 6 and two boxed numbers (README, "Memory per live report"). `claim`
 * builds the record back (evidence left out) for a checkpoint; the core reads
 * the fields.
 */
export class LiveReport {
  /**
   * The claim it is in, kept by AggregateCore (a field, not a map by claimId);
   * IdentityGroups neither reads nor sets it.
   */
  group: ClaimGroup | null = null;

  constructor(
    readonly claimId: string,
    readonly article: ArticleFacts,
    readonly when: EventFacts,
    readonly form: ReportForm,
    readonly count: number,
    readonly place: ReportPlace,
    /** partOf and attributed (ReportLinks). */
    private readonly links: ReportLinks,
  ) {}

  /** Sorted, de-duplicated regions. */
  get regions(): string[] {
    return this.place.regions;
  }
  /** The regions as the claim gave them. */
  get claimRegions(): string[] {
    return this.place.claimRegions;
  }
  get regionKey(): string {
    return this.place.regionKey;
  }
  get partOf(): string | null | undefined {
    const l = this.links;
    return typeof l === 'number' ? null : typeof l === 'object' && l !== null ? l.partOf : l;
  }
  get attributed(): number | undefined {
    const l = this.links;
    return typeof l === 'number' ? l : typeof l === 'object' && l !== null ? l.attributed : undefined;
  }
  get articleId(): string {
    return this.article.articleId;
  }
  /** Arrival (ingestedAt, else apply time), ms. */
  get arrival(): number {
    return this.article.arrival;
  }
  /** Event time, ms. */
  get time(): number {
    return this.when.time;
  }
  get eventDate(): string | null {
    return this.when.eventDate;
  }
  get scope(): ClaimRecord['scope'] {
    return this.form.scope;
  }
  get country(): string {
    return this.form.country;
  }
  get weapon(): Weapon {
    return this.form.weapon;
  }
  get claimant(): string | null {
    return this.form.claimant;
  }
  get claimantKey(): string {
    return this.form.claimantKey;
  }

  /**
   * The claim as counted, evidence left out: a new record in the decoder's
   * key order (an absent optional key is undefined, which JSON leaves out).
   */
  get claim(): ClaimRecord {
    const { article: a, when: w, form: f } = this;
    return {
      articleId: a.articleId,
      count: this.count,
      qualifier: f.qualifier,
      weapon: f.weapon,
      scope: f.scope,
      regions: this.claimRegions,
      country: f.country,
      claimant: f.claimant,
      eventDate: w.eventDate,
      evidence: NO_EVIDENCE,
      claimId: this.claimId,
      regionKey: this.regionKey,
      eventTime: w.eventTime,
      publishedAt: a.publishedAt,
      ingestedAt: a.ingestedAt,
      partOf: this.partOf,
      attributed: this.attributed,
    };
  }

  /** A checkpoint's live item: the claim and its arrival (JSON.stringify writes it so; checkpoint.ts writes liveItemText). */
  toJSON(): { claim: ClaimRecord; arrival: number } {
    return { claim: this.claim, arrival: this.arrival };
  }
}

/**
 * JSON.stringify(r) — the live item {claim, arrival}, in the record's key
 * order — written as text without building the record (checkpoint.ts writes
 * every live report twice, once for the length, once for the bytes). What
 * reports share is written once and reused: a form's and a regions array's
 * text are kept with them (a few hundred, pooled), an article's and an event
 * time's for the next report, which is most often of the same article.
 * checkpoint.spec.ts checks it against JSON.stringify.
 */
export function liveItemText(r: LiveReport): string {
  const f = formText(r.form);
  return (
    articleHead(r.article) +
    num(r.count) +
    f.head +
    regionsText(r.claimRegions) +
    f.tail +
    eventHead(r.when) +
    ',"evidence":{"text":"","start":0,"end":0},"claimId":' +
    JSON.stringify(r.claimId) +
    ',"regionKey":' +
    JSON.stringify(r.regionKey) +
    eventTail(r.when) +
    articleTail(r.article) +
    (r.partOf === undefined ? '' : `,"partOf":${r.partOf === null ? 'null' : JSON.stringify(r.partOf)}`) +
    (r.attributed === undefined ? '' : `,"attributed":${num(r.attributed)}`) +
    '},"arrival":' +
    num(r.arrival) +
    '}'
  );
}

/** A number as JSON writes it. */
function num(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null';
}

/** Optional `,"key":value` as JSON writes an object's key: left out when undefined. */
function optional(key: string, value: string | null | undefined): string {
  return value === undefined ? '' : `,"${key}":${value === null ? 'null' : JSON.stringify(value)}`;
}

const formTexts = new WeakMap<ReportForm, { head: string; tail: string }>();
function formText(form: ReportForm): { head: string; tail: string } {
  let t = formTexts.get(form);
  if (t === undefined) {
    t = {
      head: `,"qualifier":${JSON.stringify(form.qualifier)},"weapon":${JSON.stringify(form.weapon)},"scope":${JSON.stringify(form.scope)},"regions":`,
      tail: `,"country":${JSON.stringify(form.country)},"claimant":${JSON.stringify(form.claimant)}`,
    };
    formTexts.set(form, t);
  }
  return t;
}

const regionTexts = new WeakMap<string[], string>();
function regionsText(regions: string[]): string {
  let t = regionTexts.get(regions);
  if (t === undefined) regionTexts.set(regions, (t = JSON.stringify(regions)));
  return t;
}

/** The article's parts of the text, the last article's kept for the next report. */
let lastArticle: ArticleFacts | null = null;
let lastArticleHead = '';
let lastArticleTail = '';
function articleHead(a: ArticleFacts): string {
  if (a !== lastArticle) {
    lastArticleHead = `{"claim":{"articleId":${JSON.stringify(a.articleId)},"count":`;
    lastArticleTail = optional('publishedAt', a.publishedAt) + optional('ingestedAt', a.ingestedAt);
    lastArticle = a;
  }
  return lastArticleHead;
}
function articleTail(a: ArticleFacts): string {
  articleHead(a);
  return lastArticleTail;
}

/** The event time's parts of the text, the last one's kept for the next report. */
let lastWhen: EventFacts | null = null;
let lastWhenHead = '';
let lastWhenTail = '';
function eventHead(w: EventFacts): string {
  if (w !== lastWhen) {
    lastWhenHead = `,"eventDate":${JSON.stringify(w.eventDate)}`;
    lastWhenTail = `,"eventTime":${JSON.stringify(w.eventTime)}`;
    lastWhen = w;
  }
  return lastWhenHead;
}
function eventTail(w: EventFacts): string {
  eventHead(w);
  return lastWhenTail;
}

/** Reports keep no evidence text: nothing the core computes reads it. */
export const NO_EVIDENCE: ClaimRecord['evidence'] = Object.freeze({ text: '', start: 0, end: 0 });

/** A caller's Report as the core stores it (nothing shared). */
export function liveReport(r: Report): LiveReport {
  const c = r.claim;
  return new LiveReport(
    c.claimId,
    new ArticleFacts(c.articleId, c.publishedAt, c.ingestedAt, r.arrival),
    new EventFacts(c.eventTime, r.time, c.eventDate),
    {
      qualifier: c.qualifier,
      weapon: c.weapon,
      scope: c.scope,
      country: c.country,
      claimant: c.claimant,
      claimantKey: r.claimantKey,
    },
    c.count,
    { regions: r.regions, claimRegions: c.regions, regionKey: c.regionKey },
    linksOf(c.partOf, c.attributed),
  );
}

/** A distinct claim: one or more reports counted once. */
export interface ClaimGroup {
  /** Stable: identity + day + whether a dated report anchors it. */
  id: string;
  identity: string;
  scope: 'region' | 'country';
  regions: string[];
  country: string;
  count: number;
  weapon: Weapon;
  time: number;
  day: string;
  /** claimIds, sorted. */
  members: string[];
  /** Distinct articleIds, sorted. */
  articles: string[];
  /** Distinct claimant keys, sorted. */
  claimants: string[];
  /** Every report names a total it breaks down (`partOf`): see the core. */
  partOnly: boolean;
  /** The largest `attributed` among its reports (a total's, how much its article broke down); −1 when none has one. */
  attributed: number;
  /**
   * Scratch for the core's sum over a total's parts (AggregateCore.computeUnattributed): the number of
   * the last sum that took this claim in, so it is taken once without a set of the claims seen. 0: none.
   */
  summedIn: number;
}

export function identityOf(
  claim: Pick<ClaimRecord, 'scope' | 'country' | 'count' | 'weapon'>,
  regions: string[],
): string {
  const where = claim.scope === 'country' ? claim.country : `${claim.country}:${regions.join(',')}`;
  // Joined, not a template: one flat string (a template's result is a chain of cons strings, ≈ 5 of
  // 32 bytes each, which every live claim's id and its identity's map key would keep).
  return [claim.scope, where, claim.count, claim.weapon].join('|');
}

/** Groups the reports of one identity into distinct claims. Pure; order of `reports` is irrelevant. */
export function groupReports(identity: string, reports: Iterable<Report>): ClaimGroup[] {
  const groups = new IdentityGroups(identity);
  for (const r of reports) groups.add(liveReport(r));
  return groups.all();
}

type Slot = LiveReport[] | ClaimGroup;

/**
 * IdentityGroups' slots by key (its base class, so no object of its own): a Map's get, set, has and delete over keys
 * and values in turn in one array of its exact size while there are a few
 * (most identities hold one or two claims: two to six slots), a Map past
 * that. A Map of four entries takes ≈ 180 bytes, the array ≈ 80.
 */
abstract class SlotMap {
  private kv: Array<number | Slot> | Map<number, Slot> = NO_SLOTS;

  protected get(k: number): Slot | undefined {
    const kv = this.kv;
    if (!Array.isArray(kv)) return kv.get(k);
    for (let i = 0; i < kv.length; i += 2) if (kv[i] === k) return kv[i + 1] as Slot;
    return undefined;
  }

  protected has(k: number): boolean {
    return this.get(k) !== undefined;
  }

  protected set(k: number, v: Slot): void {
    const kv = this.kv;
    if (!Array.isArray(kv)) {
      kv.set(k, v);
      return;
    }
    for (let i = 0; i < kv.length; i += 2) {
      if (kv[i] === k) {
        kv[i + 1] = v;
        return;
      }
    }
    if (kv.length >= 2 * SMALL_SLOTS) {
      const map = new Map<number, Slot>();
      for (let i = 0; i < kv.length; i += 2) map.set(kv[i] as number, kv[i + 1] as Slot);
      map.set(k, v);
      this.kv = map;
      return;
    }
    const out = new Array<number | Slot>(kv.length + 2);
    for (let i = 0; i < kv.length; i++) out[i] = kv[i]!;
    out[kv.length] = k;
    out[kv.length + 1] = v;
    this.kv = out;
  }

  protected delete(k: number): void {
    const kv = this.kv;
    if (!Array.isArray(kv)) {
      kv.delete(k);
      return;
    }
    const at = kv.indexOf(k);
    // Keys and values in turn: a key is at an even index (a value is never a number).
    if (at < 0) return;
    if (kv.length === 2) {
      this.kv = NO_SLOTS;
      return;
    }
    const out = new Array<number | Slot>(kv.length - 2);
    for (let i = 0, j = 0; i < kv.length; i += 2) {
      if (i === at) continue;
      out[j++] = kv[i]!;
      out[j++] = kv[i + 1]!;
    }
    this.kv = out;
  }

  protected forEachValue(f: (v: Slot) => void): void {
    const kv = this.kv;
    if (!Array.isArray(kv)) kv.forEach(f);
    else for (let i = 1; i < kv.length; i += 2) f(kv[i] as Slot);
  }
}

/** Slots held in SlotMap's array before it turns to a Map. */
const SMALL_SLOTS = 8;
const NO_SLOTS: Array<number | Slot> = [];

/**
 * The claims of one identity, kept up to date report by report. A common
 * identity ("1 drone over Belgorod") collects reports for years, so a change
 * regroups only the days it can reach: a report on day d changes whether a
 * dated claim exists on d, which moves only undated reports of d−1…d+1, whose
 * claims are on days d−2…d+2.
 */
export class IdentityGroups extends SlotMap {
  // Everything of this identity in one map (SlotMap, the base class), by day (a UTC day number) and
  // kind (`slot()`): the dated reports of a day (by eventDate), its undated ones (by the day of their
  // time), its dated claim and its undated-only claim. One small map per identity instead of three,
  // and a day's reports in an array, not a map: most identities hold a few reports (README, "Memory
  // per live report").
  /** Reports held. */
  private reports = 0;

  constructor(readonly identity: string) {
    super();
  }

  get size(): number {
    return this.reports;
  }

  all(): ClaimGroup[] {
    const groups: ClaimGroup[] = [];
    this.forEachValue((v) => {
      if (!Array.isArray(v)) groups.push(v);
    });
    return groups.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Adds a report (its claimId not present); returns the claims that went and came. */
  add(r: LiveReport): GroupChange {
    const [kind, day] = this.slot(r);
    const bucket = this.bucket(kind, day);
    // A new dated day moves undated reports of the days around it: only then regroup.
    const regroups = !bucket && kind === DATED;
    // Small buckets are copied to their exact size (concat, slice: a spread or push leaves room for
    // 16 more); most stay small. Larger ones grow as arrays do.
    if (bucket && bucket.length >= EXACT_UP_TO) bucket.push(r);
    else this.set(key(kind, day), bucket ? bucket.concat(r) : [r]);
    this.reports++;
    return (regroups ? null : this.join(r, day)) ?? this.rebuild(day);
  }

  /** Removes the report with this claimId; returns the claims that went and came. */
  remove(r: LiveReport): GroupChange {
    const [kind, day] = this.slot(r);
    const bucket = this.bucket(kind, day);
    const at = bucket ? bucket.findIndex((x) => x.claimId === r.claimId) : -1;
    if (!bucket || at < 0) return { removed: [], added: [] };
    if (bucket.length === 1) this.delete(key(kind, day));
    else bucket.splice(at, 1);
    this.reports--;
    return this.rebuild(day);
  }

  /** Whether a dated claim of this identity exists on `day` (a UTC day number). */
  hasDated(day: number): boolean {
    return this.has(key(DATED, day));
  }

  /**
   * Lets a sealed claim's reports go without regrouping: sealing takes whole
   * days past the horizon, which no report within it can reach (README).
   */
  forget(g: ClaimGroup, reports: LiveReport[]): void {
    const gone = new Map<number, Set<string>>();
    for (const r of reports) {
      const [kind, day] = this.slot(r);
      const k = key(kind, day);
      let ids = gone.get(k);
      if (!ids) gone.set(k, (ids = new Set()));
      ids.add(r.claimId);
    }
    for (const [k, ids] of gone) {
      const bucket = this.get(k) as LiveReport[] | undefined;
      if (!bucket) continue;
      const kept = bucket.filter((x) => !ids.has(x.claimId));
      this.reports -= bucket.length - kept.length;
      if (kept.length === 0) this.delete(k);
      else if (kept.length < bucket.length) this.set(k, kept.slice());
    }
    this.delete(groupKey(g));
  }

  private slot(r: LiveReport): [typeof DATED | typeof UNDATED, number] {
    const eventDate = r.eventDate;
    return eventDate ? [DATED, dayNumber(Date.parse(`${eventDate}T00:00:00.000Z`))] : [UNDATED, dayNumber(r.time)];
  }

  private bucket(kind: typeof DATED | typeof UNDATED, day: number): LiveReport[] | undefined {
    return this.get(key(kind, day)) as LiveReport[] | undefined;
  }

  private group(kind: typeof DATED_CLAIM | typeof UNDATED_CLAIM, day: number): ClaimGroup | undefined {
    return this.get(key(kind, day)) as ClaimGroup | undefined;
  }

  /** Where an undated report of `day` belongs: a dated claim's day (same, before, after), or null. */
  private target(day: number): number | null {
    if (this.hasDated(day)) return day;
    if (this.hasDated(day - 1)) return day - 1;
    if (this.hasDated(day + 1)) return day + 1;
    return null;
  }

  /**
   * The report joins one claim and moves no other: it is dated and its day
   * had a dated claim already, or it is undated (its day's dated neighbours,
   * which decide where undated reports go, are as they were). That claim is
   * updated in place — O(its reports) to keep the lists sorted, no regrouping
   * of the days around it — and returned as `grown`; a new undated claim is
   * returned as `added`. Null when rebuild() must decide: the claim was
   * partOnly and this report names no total (where it counts changes).
   * The result is the claims rebuild() would give (the spec compares them).
   */
  private join(r: LiveReport, day: number): GroupChange | null {
    const dated = r.eventDate !== null;
    const target = dated ? day : this.target(day);
    const g = target === null ? this.group(UNDATED_CLAIM, day) : this.group(DATED_CLAIM, target);
    if (!g) {
      if (target !== null) return null;
      const fresh = build(claimId(this.identity, dayString(day), 'u'), this.identity, dayString(day), [r], [r]);
      this.set(key(UNDATED_CLAIM, day), fresh);
      return { removed: [], added: [fresh] };
    }
    if (g.partOnly && !r.partOf) return null;
    // A dated claim's time is its dated reports'; an undated claim's, all of its reports'.
    if (dated || target === null) g.time = Math.min(g.time, r.time);
    g.members = insertSorted(g.members, r.claimId) ?? g.members;
    const articles = insertSorted(g.articles, r.articleId);
    if (articles) g.articles = articles;
    const claimants = insertSorted(g.claimants, r.claimantKey);
    if (claimants) g.claimants = claimants;
    const attributed = r.attributed;
    if (attributed !== undefined && attributed > g.attributed) g.attributed = attributed;
    const newArticle = articles ? r.articleId : null;
    const newClaimant = claimants ? r.claimantKey : null;
    return { removed: [], added: [], grown: { group: g, claimId: r.claimId, newArticle, newClaimant } };
  }

  /** Rebuilds the claims on days d−2…d+2 after a change on day d (see the class doc). */
  private rebuild(d: number): GroupChange {
    const inReach = (x: number) => x >= d - 2 && x <= d + 2;
    const attached = new Map<number, LiveReport[]>();
    const loose = new Map<number, LiveReport[]>();
    for (let x = d - 3; x <= d + 3; x++) {
      const reports = this.bucket(UNDATED, x);
      if (!reports) continue;
      const t = this.target(x);
      if (!inReach(t ?? x)) continue;
      for (const r of reports) push(t !== null ? attached : loose, t ?? x, r);
    }
    const removed: ClaimGroup[] = [];
    const added: ClaimGroup[] = [];
    const settle = (k: number, next: ClaimGroup | null) => {
      const prev = this.get(k) as ClaimGroup | undefined;
      if (prev && next && signature(prev) === signature(next)) return;
      if (prev) {
        removed.push(prev);
        this.delete(k);
      }
      if (next) {
        added.push(next);
        this.set(k, next);
      }
    };
    for (let x = d - 2; x <= d + 2; x++) {
      const day = dayString(x);
      const anchors = this.bucket(DATED, x);
      const datedId = claimId(this.identity, day, 'd');
      settle(
        key(DATED_CLAIM, x),
        anchors ? build(datedId, this.identity, day, [...anchors], [...anchors, ...(attached.get(x) ?? [])]) : null,
      );
      const rs = loose.get(x);
      const looseId = claimId(this.identity, day, 'u');
      settle(key(UNDATED_CLAIM, x), rs ? build(looseId, this.identity, day, rs, rs) : null);
    }
    return { removed, added };
  }
}

export interface GroupChange {
  removed: ClaimGroup[];
  added: ClaimGroup[];
  /** A claim that gained a report and stayed what it was (IdentityGroups.join): changed in place. */
  grown?: GrownClaim;
}

export interface GrownClaim {
  /** The claim, already holding the new report. */
  group: ClaimGroup;
  /** The new report's claimId. */
  claimId: string;
  /** The report's article, when the claim had no report from it before; else null. */
  newArticle: string | null;
  /** The report's claimant key, when new to the claim; else null. */
  newClaimant: string | null;
}

/** A claim's id: identity, day, whether a dated report anchors it. One flat string (identityOf). */
function claimId(identity: string, day: string, kind: 'd' | 'u'): string {
  return [identity, day, kind].join('|');
}

function signature(g: ClaimGroup): string {
  return JSON.stringify([g.time, g.members, g.articles, g.claimants, g.partOnly]);
}

function build(id: string, identity: string, day: string, timing: LiveReport[], all: LiveReport[]): ClaimGroup {
  const [head] = all;
  if (!head) throw new Error(`claim ${id} built from no reports`);
  return {
    id,
    identity,
    scope: head.scope,
    regions: head.regions,
    country: head.country,
    count: head.count,
    weapon: head.weapon,
    time: timing.reduce((min, r) => Math.min(min, r.time), Infinity),
    day,
    members: sortedUnique(all.map((r) => r.claimId)),
    articles: sortedUnique(all.map((r) => r.articleId)),
    claimants: sortedUnique(all.map((r) => r.claimantKey)),
    partOnly: all.every((r) => Boolean(r.partOf)),
    attributed: all.reduce((max, r) => Math.max(max, r.attributed ?? -1), -1),
    summedIn: 0,
  };
}

/** IdentityGroups' slots: a day's dated reports, its undated reports, its dated claim, its undated-only claim. */
const DATED = 0;
const UNDATED = 1;
const DATED_CLAIM = 2;
const UNDATED_CLAIM = 3;
/** A day's bucket of reports, or a claim's sorted list, is copied to its exact size while shorter than this. */
const EXACT_UP_TO = 16;

function key(kind: number, day: number): number {
  return day * 4 + kind;
}

function groupKey(g: ClaimGroup): number {
  return key(g.id.endsWith('|d') ? DATED_CLAIM : UNDATED_CLAIM, dayNumber(Date.parse(`${g.day}T00:00:00.000Z`)));
}

function dayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/**
 * `value` inserted into the sorted `list` (sorted as sortedUnique sorts), or
 * null when present. A short list is copied to its exact size (splice would
 * leave it room for 16 more, and most claims stay small); a longer one is
 * spliced in place (it grows as arrays do).
 */
function insertSorted(list: string[], value: string): string[] | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] === value) return null;
  if (list.length >= EXACT_UP_TO) {
    list.splice(lo, 0, value);
    return list;
  }
  const out = new Array<string>(list.length + 1);
  for (let i = 0; i < lo; i++) out[i] = list[i]!;
  out[lo] = value;
  for (let i = lo; i < list.length; i++) out[i + 1] = list[i]!;
  return out;
}
