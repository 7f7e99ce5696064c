export * from './dedup.core';
export * from './dedup.options';
export * from './dedup.types';
export * from './decision.format';
export { defaultPlaces } from './places.default';
export { guardFacts, type PlaceFinder, type NumberGrouping } from './guard.fingerprint';
