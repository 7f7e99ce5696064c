import type { Article, Claim, ClaimRecord } from '@skytally/contracts';
import { routingKeys } from './routing';

/** A claim as the extractor gives it: with its id and the total it is part of, if any. */
export type ClaimOfArticle = Claim & { claimId: string; partOf: string | null };

/**
 * Turns extracted claims into the records on interceptions.claims (the
 * contract between extract and aggregate, so it lives with the routing): adds the
 * event time the aggregate windows by (the claim's date, else the article's
 * publication time, else when it was ingested), the message key, and for a
 * total how much of it the article broke down. A claim is published once per
 * row it touches (routingKeys: its region, each of its regions, or its
 * country) with the same claimId, so the instance owning each row sees it.
 */
export function toClaimRecords(article: Article, claims: readonly ClaimOfArticle[]): ClaimRecord[] {
  // Region-scope parts only: those are what region rows count (a country-scope
  // part, "75 of them over the south", is covered by no region row).
  const attributed = new Map<string, number>();
  for (const c of claims)
    if (c.partOf && c.scope === 'region') attributed.set(c.partOf, (attributed.get(c.partOf) ?? 0) + c.count);
  return claims.flatMap((claim) => {
    const eventTime = claim.eventDate
      ? `${claim.eventDate}T00:00:00.000Z`
      : (article.publishedAt ?? article.ingestedAt);
    const part = attributed.get(claim.claimId);
    return routingKeys(claim).map((regionKey) => claimRecord(claim, article, eventTime, part, regionKey));
  });
}

/**
 * One record, its fields written out in the order the topic has always carried
 * them: a literal of one shape is built several times faster than spreads of
 * the claim (≈ 6 µs a record, the costliest frame outside the extractor in
 * the extract service's CPU profile; BENCHMARKS.md, session 16). The claim's fields are
 * exactly these (ClaimRecordSchema admits no others).
 */
function claimRecord(
  claim: ClaimOfArticle,
  article: Article,
  eventTime: string,
  attributed: number | undefined,
  regionKey: string,
): ClaimRecord {
  const { articleId, count, qualifier, weapon, scope, regions, country, claimant, eventDate, evidence } = claim;
  const { claimId, partOf } = claim;
  const { publishedAt, ingestedAt } = article;
  return attributed === undefined
    ? // prettier-ignore
      { articleId, count, qualifier, weapon, scope, regions, country, claimant, eventDate, evidence, claimId, partOf,
        eventTime, publishedAt, ingestedAt, regionKey }
    : // prettier-ignore
      { articleId, count, qualifier, weapon, scope, regions, country, claimant, eventDate, evidence, claimId, partOf,
        eventTime, publishedAt, ingestedAt, attributed, regionKey };
}
