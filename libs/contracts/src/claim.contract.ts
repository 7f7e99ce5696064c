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
