/**
 * What the round specs compare: the claim identities a text gives, as
 * "14 drone @ UA-30" or "about 30 drone @ country UA" (the qualifier when not
 * exact), sorted.
 */
import { extractClaims } from '../src/index';

export function identities(body: string): string[] {
  return extractClaims({ articleId: 't', body, publishedAt: '2025-03-10T08:00:00Z' })
    .map(
      (c) =>
        `${c.qualifier === 'exact' ? '' : `${c.qualifier} `}${c.count} ${c.weapon} @ ${
          c.scope === 'region' ? c.regions.join('+') : `country ${c.country}`
        }`,
    )
    .sort();
}
