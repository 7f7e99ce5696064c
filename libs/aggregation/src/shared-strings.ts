/**
 * What the core stores of a report, sharing what reports repeat (README,
 * "Memory per live report"). A claim decoded from the topic brings its own
 * copy of every string: its claimant, its country, its times (the same for
 * every claim of an article), its regions array. Held for every report within
 * the horizon, the copies were about a third of what a live report cost; then
 * the record itself (17 fields) and the report around it were the most.
 *
 * A report is built as a LiveReport: a few fields pointing at what it shares
 * with other reports — its article's id, times and arrival (ArticleFacts, the
 * claim before's when equal), its event time (EventFacts), its form (qualifier,
 * weapon, scope, country, claimant and its key: ReportForm, from a pool).
 * Sharing changes no value — each string or array stored is equal to the one
 * given, and the record a checkpoint writes is built back in the decoder's key
 * order — only how many copies of it the heap holds.
 */
import type { ClaimRecord } from '@skytally/contracts';
import { defaultClaimantKey } from './claimant';
import { ArticleFacts, EventFacts, LiveReport, linksOf, type ReportForm, type ReportPlace } from './corroboration';

export { NO_EVIDENCE } from './corroboration';

/** Distinct values kept at most (claimants are free text); past it the pool starts again. */
const POOL_LIMIT = 10_000;

export class SharedStrings {
  /** Values from small sets: claimants and their keys, countries, routing keys, days, midnight times. */
  private pool = new Map<string, string>();
  private keyOf = new Map<string | null, string>();
  /** Sorted, de-duplicated regions, by their members joined. */
  private regionSets = new Map<string, string[]>();
  /** Event times at midnight (dated claims), by date and time. */
  private midnights = new Map<string, EventFacts>();
  /** Forms, by their fields (formOf). */
  private forms = new Map<string, ReportForm>();
  /** What the previous claim had: the claims of one article arrive together and share it. */
  private lastArticle: {
    facts: ArticleFacts;
    publishedAt: string | null | undefined;
    ingestedAt: string | undefined;
  } | null = null;
  private lastWhen: { facts: EventFacts; eventTime: string } | null = null;
  private lastForm: ReportForm | null = null;
  /** Places (regions, as given and sorted, and the routing key), by their fields. */
  private places = new Map<string, ReportPlace>();
  private lastPlace: ReportPlace | null = null;
  private readonly partOf = new LastSeen();

  /**
   * `regions` (sorted, de-duplicated), or an equal array stored before.
   * `owned` false: the array is the caller's (a claim's own), so a copy is
   * kept and returned instead, never the caller's array itself.
   */
  regions(regions: readonly string[], owned = true): string[] {
    const key = regions.join('\n');
    const known = this.regionSets.get(key);
    if (known && sameArray(known, regions)) return known;
    const mine = owned ? (regions as string[]) : regions.slice();
    if (known) return mine;
    if (this.regionSets.size >= POOL_LIMIT) this.regionSets = new Map();
    this.regionSets.set(key, mine);
    return mine;
  }

  /** The claimant's key; the default one computed once per spelling (it is a pure function). */
  claimantKey(claimant: string | null, keyOf: (claimant: string | null) => string): string {
    if (keyOf !== defaultClaimantKey) return this.shared(keyOf(claimant));
    let key = this.keyOf.get(claimant);
    if (key === undefined) {
      if (this.keyOf.size >= POOL_LIMIT) this.keyOf = new Map();
      this.keyOf.set(claimant, (key = this.shared(defaultClaimantKey(claimant))));
    }
    return key;
  }

  /**
   * The report the core stores for claim `c` (evidence left out), its strings
   * and arrays shared: `regions` its sorted, de-duplicated regions (from
   * regions()), `time` Date.parse(c.eventTime), `arrival` its arrival (ms).
   */
  report(
    c: ClaimRecord,
    regions: string[],
    time: number,
    arrival: number,
    keyOf: (claimant: string | null) => string,
  ): LiveReport {
    const article = this.articleOf(c, arrival);
    const partOf = typeof c.partOf !== 'string' ? c.partOf : this.partOf.of(c.partOf);
    // A total comes after its parts: its id is the string they named.
    const claimId = c.claimId === this.partOf.value ? this.partOf.value : c.claimId;
    return new LiveReport(
      claimId,
      article,
      this.whenOf(c, time),
      this.formOf(c, keyOf),
      c.count,
      this.placeOf(c, regions),
      linksOf(partOf, c.attributed),
    );
  }

  /** Where the claim is: the claim before's, or from the pool (regions and routing keys repeat). */
  private placeOf(c: ClaimRecord, regions: string[]): ReportPlace {
    const last = this.lastPlace;
    if (
      last !== null &&
      last.regions === regions &&
      last.regionKey === c.regionKey &&
      sameArray(last.claimRegions, c.regions)
    )
      return last;
    // A region could hold the separators: what the key finds is checked, and replaced when it differs.
    const key = `${c.regionKey}\n${regions.join('|')}\n${c.regions.join('|')}`;
    let place = this.places.get(key);
    if (
      place === undefined ||
      place.regions !== regions ||
      place.regionKey !== c.regionKey ||
      !sameArray(place.claimRegions, c.regions)
    ) {
      if (this.places.size >= POOL_LIMIT) this.places = new Map();
      place = {
        regions,
        claimRegions: sameArray(c.regions, regions) ? regions : c.regions,
        regionKey: this.shared(c.regionKey),
      };
      this.places.set(key, place);
    }
    return (this.lastPlace = place);
  }

  /** The article's facts: the claim before's when they are the same (the claims of an article arrive together). */
  private articleOf(c: ClaimRecord, arrival: number): ArticleFacts {
    const last = this.lastArticle;
    if (
      last !== null &&
      last.facts.articleId === c.articleId &&
      last.publishedAt === c.publishedAt &&
      last.ingestedAt === c.ingestedAt &&
      last.facts.arrival === arrival
    )
      return last.facts;
    const facts = new ArticleFacts(c.articleId, c.publishedAt, c.ingestedAt, arrival);
    this.lastArticle = { facts, publishedAt: c.publishedAt, ingestedAt: c.ingestedAt };
    return facts;
  }

  /** The event time: the claim before's, or a midnight (a dated claim) from the pool, or a new one. */
  private whenOf(c: ClaimRecord, time: number): EventFacts {
    const last = this.lastWhen;
    if (last !== null && last.eventTime === c.eventTime && last.facts.eventDate === c.eventDate) return last.facts;
    const eventDate = c.eventDate === null ? null : this.shared(c.eventDate);
    let facts: EventFacts | undefined;
    if (!c.eventTime.endsWith('T00:00:00.000Z')) facts = new EventFacts(c.eventTime, time, eventDate);
    else {
      const key = `${eventDate ?? ''}|${c.eventTime}`;
      facts = this.midnights.get(key);
      if (facts === undefined) {
        if (this.midnights.size >= POOL_LIMIT) this.midnights = new Map();
        this.midnights.set(key, (facts = new EventFacts(c.eventTime, time, eventDate)));
      }
    }
    this.lastWhen = { facts, eventTime: c.eventTime };
    return facts;
  }

  /** The claim's form, from the pool (a handful of values for most streams: claimants are the free part). */
  private formOf(c: ClaimRecord, keyOf: (claimant: string | null) => string): ReportForm {
    const last = this.lastForm;
    if (
      last !== null &&
      last.claimant === c.claimant &&
      last.weapon === c.weapon &&
      last.scope === c.scope &&
      last.country === c.country &&
      last.qualifier === c.qualifier
    )
      return last;
    // Unambiguous: the first four have no '|' but the country, which has exactly two characters.
    const key = `${c.qualifier}|${c.weapon}|${c.scope}|${c.country}|${c.claimant === null ? 'n' : `s${c.claimant}`}`;
    let form = this.forms.get(key);
    if (form === undefined) {
      if (this.forms.size >= POOL_LIMIT) this.forms = new Map();
      const claimant = c.claimant === null ? null : this.shared(c.claimant);
      form = {
        qualifier: c.qualifier,
        weapon: c.weapon,
        scope: c.scope,
        country: this.shared(c.country),
        claimant,
        claimantKey: this.claimantKey(claimant, keyOf),
      };
      this.forms.set(key, form);
    }
    return (this.lastForm = form);
  }

  private shared(value: string): string {
    const known = this.pool.get(value);
    if (known !== undefined) return known;
    if (this.pool.size >= POOL_LIMIT) this.pool = new Map();
    this.pool.set(value, value);
    return value;
  }
}

/** The last string given, handed back for an equal one: one copy for a run of claims that repeat it. */
class LastSeen {
  value = '';

  of(value: string): string {
    return value === this.value ? this.value : (this.value = value);
  }
}

function sameArray(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
