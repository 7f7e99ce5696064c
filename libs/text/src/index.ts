export * from './normalise';
export * from './number-words';
export { markupToText } from './markup';
export { blankLineBullets, unwrapLines } from './layout';
