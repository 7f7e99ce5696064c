/**
 * @skytally/extraction: interception claims from article text, no Kafka, no Nest.
 * See ../README.md for the rules and the decisions where claims.md is silent.
 */
export { explainClaims, extractClaims, type ArticleInput, type Decision, type ExtractedClaim } from './extract-claims';
export { claimIdOf, identityKey } from './claim-id';
export { splitSentences, type Span } from './sentences';
export { numberAt, qualifierBefore } from './numbers';
export { isNumberWord } from '@skytally/text';
export { findCounts, type Count } from './counts';
export { tokens } from './tokens';
