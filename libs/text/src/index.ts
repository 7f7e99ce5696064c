export * from './normalise';
export * from './number-words';
