import type { DedupIndexEntry } from '@skytally/contracts';

/** One change to the index: a new entry, or a tombstone (null) evicting one. */
export type IndexChange = { articleId: string; entry: DedupIndexEntry | null };

/** Which rule made an article a duplicate (see ../README.md, "How it decides"). */
export type DuplicateRule = 'exact' | 'minhash' | 'containment' | 'sentences' | 'facts';
/**
 * Why an article is unique: nothing similar enough ('unique'), an already
 * indexed article redelivered ('redelivered'), or a similar article that the
 * guard kept apart — its counts, dates or places differ, or it was published
 * too far apart ('guard-time').
 */
export type UniqueRule = 'unique' | 'redelivered' | 'guard-numbers' | 'guard-dates' | 'guard-places' | 'guard-time';

export type DedupDecision =
  | { verdict: 'unique'; rule: UniqueRule; changes: IndexChange[] }
  | {
      verdict: 'duplicate';
      duplicateOf: string;
      similarity: number;
      kind: 'exact' | 'near';
      rule: DuplicateRule;
      changes: IndexChange[];
    };

/** Running counters, for logs, the eval and the benchmark. */
export interface DedupStats {
  decided: number;
  unique: number;
  exact: number;
  near: number;
  /** Duplicates by rule. */
  byRule: Record<DuplicateRule, number>;
  /** Duplicates indexed as well, because they bring text their original lacks. */
  indexedDuplicates: number;
  redelivered: number;
  /** Candidates above the similarity threshold that the guard kept apart. */
  guardRejections: number;
  /** Index entries compared by signature (LSH candidates). */
  candidates: number;
  evicted: number;
  /** Entries skipped on restore because they were made with other parameters. */
  incompatible: number;
}
