/**
 * The JSON line `skytally dedup PATH…` prints per article (pipeline.md):
 * `{articleId, verdict, duplicateOf, kind, similarity, rule}`, nulls for
 * unique; `rule` says what decided the verdict (exact, minhash, containment,
 * sentences, facts; for a unique article: unique, redelivered, or the guard
 * that kept a similar article apart: guard-numbers, guard-dates,
 * guard-places, guard-time).
 */
import type { DedupDecision, DuplicateRule, UniqueRule } from './dedup.types';

export interface DedupLine {
  articleId: string;
  verdict: 'unique' | 'duplicate';
  duplicateOf: string | null;
  kind: 'exact' | 'near' | null;
  similarity: number | null;
  rule: DuplicateRule | UniqueRule;
}

export function toDedupLine(articleId: string, decision: DedupDecision): DedupLine {
  if (decision.verdict === 'unique')
    return { articleId, verdict: 'unique', duplicateOf: null, kind: null, similarity: null, rule: decision.rule };
  return {
    articleId,
    verdict: 'duplicate',
    duplicateOf: decision.duplicateOf,
    kind: decision.kind,
    similarity: decision.similarity,
    rule: decision.rule,
  };
}
