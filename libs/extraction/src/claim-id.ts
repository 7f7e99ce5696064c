import * as crypto from 'node:crypto';
import type { Claim } from '@skytally/contracts';

/**
 * The one-shot crypto.hash() (node ≥ 20.12) gives the same digest as createHash().update().digest() without a Hash
 * object per claim; package.json allows any node 20, so older ones keep createHash.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * A claim's stable id: the SHA-256 of the article and the claim's identity
 * (scope, sorted regions or country, count, weapon), hex, first 24 chars.
 * Replays of the same article give the same ids.
 */
export function claimIdOf(
  claim: Pick<Claim, 'articleId' | 'scope' | 'regions' | 'country' | 'count' | 'weapon'>,
): string {
  const where = claim.scope === 'region' ? [...claim.regions].sort().join(',') : claim.country;
  const key = [claim.articleId, claim.scope, where, String(claim.count), claim.weapon].join('|');
  return sha256Hex(key).slice(0, 24);
}

/** The identity of a claim inside one article, as claims.md defines sameness. */
export function identityKey(claim: Pick<Claim, 'scope' | 'regions' | 'country' | 'count' | 'weapon'>): string {
  const where = claim.scope === 'region' ? [...claim.regions].sort().join(',') : claim.country;
  return `${claim.scope}|${where}|${claim.count}|${claim.weapon}`;
}
