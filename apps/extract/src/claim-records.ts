import type { Article, ClaimRecord } from '@skytally/contracts';
import type { ExtractedClaim } from '@skytally/extraction';

/**
 * Turns extracted claims into the records on interceptions.claims: adds the
 * event time the aggregate windows by (the claim's date, else the article's
 * publication time, else when it was ingested) and the partition key.
 */
export function toClaimRecords(article: Article, claims: ExtractedClaim[]): ClaimRecord[] {
  return claims.map((claim) => ({
    ...claim,
    regionKey: claim.scope === 'country' ? claim.country : claim.regions[0],
    eventTime: claim.eventDate ? `${claim.eventDate}T00:00:00.000Z` : (article.publishedAt ?? article.ingestedAt),
    publishedAt: article.publishedAt,
    ingestedAt: article.ingestedAt,
  }));
}
