import { z } from 'zod';

export const WINDOW_NAMES = ['24h', '7d', '30d', 'all'] as const;
export type WindowName = (typeof WINDOW_NAMES)[number];

const counts = z.record(z.string(), z.number().int().min(0));
const windows = z.object({
  '24h': z.number().int().min(0),
  '7d': z.number().int().min(0),
  '30d': z.number().int().min(0),
  all: z.number().int().min(0),
});

/**
 * The value on `interceptions.rolling` (compacted, keyed by region or country
 * code). Absolute, never a delta: the latest value per key is the whole picture.
 */
export const SnapshotSchema = z.object({
  key: z.string().min(2),
  scope: z.enum(['region', 'country']),
  country: z.string().length(2),
  name: z.string(),
  windows,
  /** `all` broken down by weapon. */
  byWeapon: counts,
  /** `all` broken down by who made the claims. */
  byClaimant: counts.optional(),
  claims: z.number().int().min(0),
  sources: z.number().int().min(0),
  /** Multi-region claims that include this region; never in `windows`. */
  shared: z.object({ all: z.number().int().min(0) }).catchall(z.number().int().min(0)),
  /** Country rows only: how much of the country total its region rows do not cover. */
  unattributed: z.number().int().min(0).optional(),
  asOf: z.string().datetime(),
});

export type Snapshot = z.infer<typeof SnapshotSchema>;

/** The value on `interceptions.daily` (compacted, keyed `<region>|<YYYY-MM-DD>`). */
export const DailyBucketSchema = z.object({
  key: z.string(),
  region: z.string(),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  count: z.number().int().min(0),
  byWeapon: counts,
  claims: z.number().int().min(0),
  sources: z.number().int().min(0),
  shared: z.number().int().min(0),
});

export type DailyBucket = z.infer<typeof DailyBucketSchema>;
