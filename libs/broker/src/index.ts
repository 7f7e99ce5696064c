/**
 * @skytally/broker: a real local Apache Kafka broker (KRaft, single node) run from Apache's jars on
 * Maven Central, for development (`skytally broker start|stop|status`) and integration tests.
 * See libs/broker/README.md.
 */
export {
  DEFAULT_PORT,
  defaultBrokerOptions,
  type LocalBroker,
  type LocalBrokerOptions,
  type LocalBrokerStatus,
  type SecureBrokerAccess,
} from './broker.options';
export {
  destroyLocalBroker,
  killLocalBroker,
  localBrokerStatus,
  restartLocalBroker,
  startLocalBroker,
  stopLocalBroker,
  type StopOutcome,
} from './local-broker.launcher';
export { ensureKafkaJars, KafkaJarsError, type KafkaJars } from './kafka-jars.fetcher';
export { isPortFree, pickFreePort, pickFreePorts } from './free-port.finder';
export { ADMIN_USER, SERVICE_USER, writeClientEnv, type SecureMaterial } from './secure-material';
export {
  destroyLocalCluster,
  isLocalCluster,
  localClusterStatus,
  nodeDir,
  startLocalCluster,
  stopLocalCluster,
  type LocalCluster,
  type LocalClusterOptions,
  type LocalClusterStatus,
} from './local-cluster';
