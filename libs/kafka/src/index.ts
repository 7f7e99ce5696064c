// The Kafka side of a stage, without Nest: the runner and its contract, the
// client, topic setup and reading, health. The Nest transport that runs a
// stage's controllers on the runner is @skytally/kafka-nest.
export * from './messages';
export * from './stage-stats';
export * from './phase-timings';
export * from './stage-runner';
export * from './flush-group';
export * from './kafka-client.factory';
export * from './topic-setup';
export * from './topic-reader';
export * from './health/health.server';
export * from './partitioning';
