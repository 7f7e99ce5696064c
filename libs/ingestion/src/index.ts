export * from './ingest.core';
export * from './article-json';
