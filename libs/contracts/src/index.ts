export * from './topics';
export * from './raw-article.contract';
export * from './article.contract';
export * from './rejection.contract';
export * from './duplicate.contract';
export * from './claim.contract';
export * from './snapshot.contract';
export * from './payloads';
