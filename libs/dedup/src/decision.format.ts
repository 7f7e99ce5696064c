/**
 * The JSON line `skytally dedup PATH…` prints per article (pipeline.md):
 * `{articleId, verdict, duplicateOf, kind, similarity}`, nulls for unique.
 */
import type { DedupDecision } from './dedup.types';

export interface DedupLine {
  articleId: string;
  verdict: 'unique' | 'duplicate';
  duplicateOf: string | null;
  kind: 'exact' | 'near' | null;
  similarity: number | null;
}

export function toDedupLine(articleId: string, decision: DedupDecision): DedupLine {
  if (decision.verdict === 'unique') return { articleId, verdict: 'unique', duplicateOf: null, kind: null, similarity: null };
  return { articleId, verdict: 'duplicate', duplicateOf: decision.duplicateOf, kind: decision.kind, similarity: decision.similarity };
}

/** The same, as one line of JSON. */
export function formatDedupLine(articleId: string, decision: DedupDecision): string {
  return JSON.stringify(toDedupLine(articleId, decision));
}
