export * from './config.schema';
export * from './config.loader';
export * from './repo-root';
