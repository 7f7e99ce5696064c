import { z } from 'zod';

/** See ../shared/spec/claims.md: the JSON every tool agrees on. */
export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'about', 'up_to'] as const;
export const WEAPONS = ['drone', 'missile', 'rocket', 'bomb', 'aircraft', 'unknown'] as const;

export type Qualifier = (typeof QUALIFIERS)[number];
export type Weapon = (typeof WEAPONS)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The fields of a claim, unrefined: ClaimRecordSchema extends them. An
 * intersection of the two schemas parsed every record twice and merged the
 * results (≈ 25 µs a record against ≈ 4 µs for one object, and 14 % of the
 * aggregate's CPU, which decodes every record); a refined schema cannot be
 * extended, so the refinement is added to each.
 */
const claimFields = z.object({
  articleId: z.string().min(1),
  count: z.number().int().positive(),
  qualifier: z.enum(QUALIFIERS),
  weapon: z.enum(WEAPONS),
  scope: z.enum(['region', 'country']),
  /** ISO 3166-2 codes or SEA-*, sorted; empty for country scope. */
  regions: z.array(z.string().min(2)),
  /** ISO 3166-1 alpha-2. */
  country: z.string().length(2),
  claimant: z.string().nullable(),
  eventDate: isoDay.nullable(),
  evidence: z.object({ text: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) }),
});

const scopeHasRegions = [
  (c: { scope: 'region' | 'country'; regions: string[] }) =>
    c.scope === 'region' ? c.regions.length > 0 : c.regions.length === 0,
  { message: 'region scope needs regions; country scope has none' },
] as const;

export const ClaimSchema = claimFields.refine(...scopeHasRegions);

export type Claim = z.infer<typeof ClaimSchema>;

/**
 * A claim as it travels on `interceptions.claims`, keyed by `regionKey`.
 * `claimId` is derived from the article and the claim's identity, so a replay
 * produces the same id and the aggregate can apply it idempotently.
 * `eventTime` is the time the aggregate windows it by (eventDate, else the
 * article's publishedAt, else its ingestedAt).
 */
export const ClaimRecordSchema = claimFields
  .extend({
    claimId: z.string().min(1),
    regionKey: z.string().min(2),
    eventTime: z.string().datetime(),
    publishedAt: z.string().datetime().nullable().optional(),
    ingestedAt: z.string().datetime().optional(),
    /** The claimId of the total this claim breaks down, when the article gave one. */
    partOf: z.string().nullable().optional(),
    /** For a total: how much of it its own article broke down (Σ of the claims whose partOf is this claim). */
    attributed: z.number().int().min(0).optional(),
  })
  .refine(...scopeHasRegions);

export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;

/** The pattern `z.string().datetime()` checks (zod's own, so the two cannot drift apart). */
const DATETIME = z.regexes.datetime({});
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const SURROGATE = /[\uD800-\uDFFF]/;
const REQUIRED_KEYS = 13;
const OPTIONAL_KEYS = ['publishedAt', 'ingestedAt', 'partOf', 'attributed'] as const;

/** zod counts a string's length in code points: `.length` is the same count when no unit is a surrogate. */
const atLeast = (v: unknown, n: number): v is string =>
  typeof v === 'string' && (v.length >= 2 * n || (v.length >= n && !SURROGATE.test(v)));
const count = (v: unknown, min: number): v is number => Number.isSafeInteger(v) && (v as number) >= min;
const textOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const datetime = (v: unknown): v is string => typeof v === 'string' && DATETIME.test(v);
const has = (v: object, key: string): boolean => Object.prototype.hasOwnProperty.call(v, key);

/**
 * ClaimRecordSchema's checks, by hand: the record as ClaimRecordSchema.parse
 * gives it (a fresh object, keys in the schema's order, optional ones only
 * when present) when `value` passes every rule and has no other keys;
 * otherwise null, and the caller asks zod, which names what is wrong or
 * strips what it does not know. The aggregate decodes every claim it
 * consumes or replays: zod was ≈ 5 % of its CPU after 5330385 (BENCHMARKS.md).
 */
export function checkedClaimRecord(value: unknown): ClaimRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  let keys = 0;
  for (const _ in v) keys++;
  let known = REQUIRED_KEYS;
  for (const key of OPTIONAL_KEYS) if (has(v, key)) known++;
  if (keys !== known) return null;
  const { articleId, count: n, qualifier, weapon, scope, regions, country, claimant, eventDate, evidence } = v;
  const { claimId, regionKey, eventTime, publishedAt, ingestedAt, partOf, attributed } = v;
  if (
    !atLeast(articleId, 1) ||
    !count(n, 1) ||
    !(QUALIFIERS as readonly unknown[]).includes(qualifier) ||
    !(WEAPONS as readonly unknown[]).includes(weapon) ||
    !(scope === 'region' || scope === 'country') ||
    !Array.isArray(regions) ||
    !regions.every((r) => atLeast(r, 2)) ||
    (scope === 'region' ? regions.length === 0 : regions.length !== 0) ||
    !(typeof country === 'string' && country.length === 2 && !SURROGATE.test(country)) ||
    !textOrNull(claimant) ||
    !(eventDate === null || (typeof eventDate === 'string' && ISO_DAY.test(eventDate))) ||
    !atLeast(claimId, 1) ||
    !atLeast(regionKey, 2) ||
    !datetime(eventTime) ||
    !(publishedAt === undefined || publishedAt === null || datetime(publishedAt)) ||
    !(ingestedAt === undefined || datetime(ingestedAt)) ||
    !(partOf === undefined || textOrNull(partOf)) ||
    !(attributed === undefined || count(attributed, 0))
  )
    return null;
  if (typeof evidence !== 'object' || evidence === null || Array.isArray(evidence)) return null;
  const e = evidence as Record<string, unknown>;
  let evidenceKeys = 0;
  for (const _ in e) evidenceKeys++;
  if (evidenceKeys !== 3 || typeof e.text !== 'string' || !count(e.start, 0) || !count(e.end, 0)) return null;
  const record: ClaimRecord = {
    articleId,
    count: n,
    qualifier: qualifier as ClaimRecord['qualifier'],
    weapon: weapon as ClaimRecord['weapon'],
    scope,
    regions,
    country,
    claimant,
    eventDate,
    evidence: { text: e.text, start: e.start, end: e.end },
    claimId,
    regionKey,
    eventTime,
  };
  if (has(v, 'publishedAt')) record.publishedAt = publishedAt;
  if (has(v, 'ingestedAt')) record.ingestedAt = ingestedAt;
  if (has(v, 'partOf')) record.partOf = partOf;
  if (has(v, 'attributed')) record.attributed = attributed;
  return record;
}
