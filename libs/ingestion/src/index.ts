export * from './ingest.core';
