// A stage as a Nest microservice: the transport that runs its controllers on
// @skytally/kafka's StageRunner, the injection tokens, the bootstrap.
export * from './kafka-stage.server';
export * from './pino-nest.logger';
export * from './stage-error.filter';
export * from './stage-context.module';
export * from './stage-consumer';
export * from './bootstrap-stage';
