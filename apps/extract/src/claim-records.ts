import type { Article, ClaimRecord } from '@skytally/contracts';
import { routingKeys } from '@skytally/aggregation';
import type { ExtractedClaim } from '@skytally/extraction';

/**
 * Turns extracted claims into the records on interceptions.claims: adds the
 * event time the aggregate windows by (the claim's date, else the article's
 * publication time, else when it was ingested) and the message key. A claim
 * is published once per aggregate shard it touches (routingKeys), with the
 * same claimId, so the instance owning each of its rows sees it.
 */
export function toClaimRecords(article: Article, claims: ExtractedClaim[]): ClaimRecord[] {
  return claims.flatMap((claim) => {
    const base = {
      ...claim,
      eventTime: claim.eventDate ? `${claim.eventDate}T00:00:00.000Z` : (article.publishedAt ?? article.ingestedAt),
      publishedAt: article.publishedAt,
      ingestedAt: article.ingestedAt,
    };
    return routingKeys(claim).map((regionKey) => ({ ...base, regionKey }));
  });
}
