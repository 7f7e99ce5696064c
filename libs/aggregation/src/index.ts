export * from './aggregate.core';
export { defaultClaimantKey } from './claimant';
export { groupReports, identityOf, type ClaimGroup, type Report } from './corroboration';
export { countryOfKey, routingKeys, rowShard } from './routing';
export { toClaimRecords, type ClaimOfArticle } from './claim-records';
export { Watermark, type WatermarkOptions } from './watermark';
export {
  FINITE_WINDOWS,
  inWindow,
  WINDOW_MS,
  windowCounts,
  type FiniteWindow,
  type WindowCounts,
} from './windows.core';
// Everything checkpoint.ts exports is public: the changelog adapter encodes and decodes with it.
export * from './checkpoint';
