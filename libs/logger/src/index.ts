export * from './logger';
export * from './kafkajs-log-creator';
