import type { DedupIndexEntry } from '@skytally/contracts';

/** One change to the index: a new entry, or a tombstone (null) evicting one. */
export type IndexChange = { articleId: string; entry: DedupIndexEntry | null };

export type DedupDecision =
  | { verdict: 'unique'; changes: IndexChange[] }
  | { verdict: 'duplicate'; duplicateOf: string; similarity: number; kind: 'exact' | 'near'; changes: IndexChange[] };

/** Running counters, for logs, the eval and the benchmark. */
export interface DedupStats {
  decided: number;
  unique: number;
  exact: number;
  near: number;
  redelivered: number;
  /** Candidates above the similarity threshold that the guard kept apart. */
  guardRejections: number;
  /** Index entries compared by signature (LSH candidates). */
  candidates: number;
  evicted: number;
  /** Entries skipped on restore because they were made with other parameters. */
  incompatible: number;
}
