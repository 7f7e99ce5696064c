/**
 * What the core stores of a report, sharing what reports repeat (README,
 * "Memory per live report"). A claim decoded from the topic brings its own
 * copy of every string: its claimant, its country, its times (the same for
 * every claim of an article), its regions array. Held for every report within
 * the horizon, the copies were about a third of what a live report cost.
 *
 * Sharing changes no value — each string or array stored is equal to the one
 * given, so every output, the checkpoint's bytes included, reads the same —
 * only how many copies of it the heap holds.
 */
import type { ClaimRecord } from '@skytally/contracts';
import { defaultClaimantKey } from './claimant';

/** Reports keep no evidence text: nothing the core computes reads it. */
export const NO_EVIDENCE: ClaimRecord['evidence'] = Object.freeze({ text: '', start: 0, end: 0 });

/** A claim record's keys in the order the topic's decoder gives them (checkedClaimRecord); the last four optional. */
const KEYS = [
  'articleId',
  'count',
  'qualifier',
  'weapon',
  'scope',
  'regions',
  'country',
  'claimant',
  'eventDate',
  'evidence',
  'claimId',
  'regionKey',
  'eventTime',
  'publishedAt',
  'ingestedAt',
  'partOf',
  'attributed',
] as const;
const REQUIRED = 13;

/** Distinct values kept at most (claimants are free text); past it the pool starts again. */
const POOL_LIMIT = 10_000;

export class SharedStrings {
  /** Values from small sets: claimants and their keys, countries, routing keys, days, midnight times. */
  private pool = new Map<string, string>();
  private keyOf = new Map<string | null, string>();
  /** Sorted, de-duplicated regions, by their members joined. */
  private regionSets = new Map<string, string[]>();
  /** The previous claim's strings that the claims of one article share (they arrive together). */
  private readonly articleId = new LastSeen();
  private readonly partOf = new LastSeen();
  private readonly publishedAt = new LastSeen();
  private readonly ingestedAt = new LastSeen();
  private readonly eventTime = new LastSeen();

  /** `regions` (sorted, de-duplicated), or an equal array stored before. */
  regions(regions: string[]): string[] {
    const key = regions.join('\n');
    const known = this.regionSets.get(key);
    if (known && sameArray(known, regions)) return known;
    if (known) return regions;
    if (this.regionSets.size >= POOL_LIMIT) this.regionSets = new Map();
    this.regionSets.set(key, regions);
    return regions;
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
   * The claim as a report stores it: without its evidence, its strings and
   * regions (`regions`, when equal) shared. Its keys stay in their order, so
   * a checkpoint writes the same bytes; a claim whose keys are not in the
   * decoder's order (built by hand) is only copied.
   */
  claim(c: ClaimRecord, regions: string[]): ClaimRecord {
    if (!inDecodedOrder(c)) return { ...c, evidence: NO_EVIDENCE };
    const articleId = this.articleId.of(c.articleId);
    const partOf = typeof c.partOf !== 'string' ? c.partOf : this.partOf.of(c.partOf);
    const publishedAt = typeof c.publishedAt !== 'string' ? c.publishedAt : this.publishedAt.of(c.publishedAt);
    const ingestedAt = c.ingestedAt === undefined ? undefined : this.ingestedAt.of(c.ingestedAt);
    // A midnight (a dated claim) is shared through the pool, not kept as the article's time.
    const eventTime =
      c.eventTime === publishedAt
        ? publishedAt
        : c.eventTime !== this.eventTime.value && c.eventTime.endsWith('T00:00:00.000Z')
          ? this.shared(c.eventTime)
          : this.eventTime.of(c.eventTime);
    // A total comes after its parts: its id is the string they named.
    const claimId = c.claimId === this.partOf.value ? this.partOf.value : c.claimId;
    return {
      articleId,
      count: c.count,
      qualifier: c.qualifier,
      weapon: c.weapon,
      scope: c.scope,
      regions: sameArray(c.regions, regions) ? regions : c.regions,
      country: this.shared(c.country),
      claimant: c.claimant === null ? null : this.shared(c.claimant),
      eventDate: c.eventDate === null ? null : this.shared(c.eventDate),
      evidence: NO_EVIDENCE,
      claimId,
      regionKey: this.shared(c.regionKey),
      eventTime,
      // Absent stays absent in JSON (undefined is left out) and reads the same (?? null).
      publishedAt,
      ingestedAt,
      partOf,
      attributed: c.attributed,
    };
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

/** Whether `c`'s keys come in KEYS' order (the required ones all there, the optional ones in place if present). */
function inDecodedOrder(c: ClaimRecord): boolean {
  let i = 0;
  for (const key in c) {
    while (i < KEYS.length && KEYS[i] !== key) {
      if (i < REQUIRED) return false;
      i++;
    }
    if (i === KEYS.length) return false;
    i++;
  }
  return i >= REQUIRED;
}

function sameArray(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
