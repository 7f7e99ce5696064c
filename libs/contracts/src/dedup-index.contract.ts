import { z } from 'zod';

/**
 * One entry of the dedup index, the value on the compacted `skytally.dedup-index`
 * topic, keyed by `articleId` (a null value, the tombstone, evicts it). The
 * dedup service replays the topic on start-up to rebuild its index, so an
 * entry carries everything the index keeps for an article and nothing more.
 */
export const DedupIndexEntrySchema = z.object({
  /** Format version of this entry. */
  v: z.literal(1),
  /**
   * The parameters the signature was made with (`s<shingle>k<perms>b<bands>`);
   * an index built with other parameters cannot use it and skips it.
   */
  params: z.string().min(1),
  /** The article's contentHash (SHA-256 hex of the folded body): exact duplicates. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Event time in epoch milliseconds (publishedAt, else ingestedAt): eviction. */
  time: z.number().int(),
  /** b-bit MinHash signature, one byte per permutation, base64. */
  sig: z.string(),
  /** Whether `time` is the article's publication date (the time guard applies only between dated articles). */
  dated: z.boolean().optional(),
  /** Guard fingerprint: sorted uint32 fact tokens, little-endian, base64. */
  guard: z.string(),
  /** Sentence anchors: the smallest sentence hashes (int32, ascending, little-endian), base64. */
  sents: z.string().optional(),
  /** How many distinct long sentences the article has (capped at 255): whether `sents` holds all of them. */
  nsent: z.number().int().min(0).max(255).optional(),
  /** Distinct word shingles (capped at 65535): the set size containment is measured against. */
  shingles: z.number().int().min(0).max(65535).optional(),
  /** Key of the article's first long sentence (int32; 0 or absent = none): cuts keep their lede. */
  lede: z.number().int().optional(),
  /** Key of the counts the article reports, in order (int32; 0 or absent = none), for re-translations. */
  counts: z.number().int().optional(),
  /**
   * The specifics of the article's sentences in order, for telling a re-translation from an
   * independent report (the facts rule's sentence alignment; libs/dedup/README.md): uint16
   * little-endian, base64 — a format tag (1), the sentence count, then per sentence with specifics
   * their number and 16-bit tokens. Written only for articles with a counts key, by an index with
   * the alignment on; absent (or another tag) = none, and the facts rule then never holds for it.
   */
  spec: z.string().optional(),
  /** For a duplicate indexed because it brings new text: the original it is a copy of. */
  of: z.string().min(1).optional(),
});

export type DedupIndexEntry = z.infer<typeof DedupIndexEntrySchema>;
