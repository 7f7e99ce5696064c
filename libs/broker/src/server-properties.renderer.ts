/**
 * Renders the config files of the local broker: Kafka's server.properties (KRaft, combined
 * broker+controller) and the logging config that sends its logs to a file: log4j2 for Kafka 4.x,
 * log4j 1.x (reload4j) for Kafka 3.x.
 * Pure functions so the choices below are unit-tested and documented in one place.
 */

export interface ServerPropertiesInput {
  port: number;
  controllerPort: number;
  /** Kafka's log.dirs: partition data and the KRaft metadata log. */
  dataDir: string;
  /** SASL_SSL + SCRAM-SHA-512 + ACLs instead of PLAINTEXT (see `securityEntries`). */
  security?: BrokerSecurityConfig;
  /** One node of a local cluster; absent: a single node (id 1, its own only voter, every factor 1). */
  node?: ClusterNodeConfig;
}

/** A node of a local KRaft cluster where every node is broker and controller (combined mode). */
export interface ClusterNodeConfig {
  nodeId: number;
  /** controller.quorum.voters: `1@127.0.0.1:p1,2@127.0.0.1:p2,3@127.0.0.1:p3`. */
  voters: string;
  /** Replication factor of new topics and of the internal ones (3 for a three-node cluster). */
  replicationFactor: number;
  /** min.insync.replicas (2 with three replicas: acks=all survives one node down). */
  minInsyncReplicas: number;
}

/** What a secure broker's config needs: its TLS stores and the admin's password (the only super user). */
export interface BrokerSecurityConfig {
  keystore: string;
  truststore: string;
  /** Password of both PKCS12 stores (generated per broker, never logged: Kafka prints password configs as [hidden]). */
  storePassword: string;
  adminUser: string;
  adminPassword: string;
}

/** Quotes a value for a JAAS config line. */
const jaas = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A secure broker: clients and the broker itself speak SASL_SSL (TLS with the generated broker
 * certificate, then SCRAM-SHA-512); the controller listener (loopback, never advertised) takes
 * SASL PLAIN for the admin only, because SCRAM credentials live in the metadata log the controller
 * serves. StandardAuthorizer with the admin as the only super user: every other principal gets
 * exactly the ACLs it is granted, and nothing when none match.
 */
export function securityEntries(sec: BrokerSecurityConfig): Array<[string, string | number | boolean]> {
  return [
    ['listener.security.protocol.map', 'SASL_SSL:SASL_SSL,CONTROLLER:SASL_PLAINTEXT'],
    ['inter.broker.listener.name', 'SASL_SSL'],
    ['sasl.enabled.mechanisms', 'SCRAM-SHA-512'],
    ['sasl.mechanism.inter.broker.protocol', 'SCRAM-SHA-512'],
    [
      'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config',
      `org.apache.kafka.common.security.scram.ScramLoginModule required username=${jaas(sec.adminUser)} password=${jaas(sec.adminPassword)};`,
    ],
    ['sasl.mechanism.controller.protocol', 'PLAIN'],
    ['listener.name.controller.sasl.enabled.mechanisms', 'PLAIN'],
    [
      'listener.name.controller.plain.sasl.jaas.config',
      `org.apache.kafka.common.security.plain.PlainLoginModule required username=${jaas(sec.adminUser)} password=${jaas(sec.adminPassword)} user_${sec.adminUser}=${jaas(sec.adminPassword)};`,
    ],
    ['ssl.keystore.type', 'PKCS12'],
    ['ssl.keystore.location', sec.keystore],
    ['ssl.keystore.password', sec.storePassword],
    ['ssl.key.password', sec.storePassword],
    ['ssl.truststore.type', 'PKCS12'],
    ['ssl.truststore.location', sec.truststore],
    ['ssl.truststore.password', sec.storePassword],
    ['ssl.client.auth', 'none'],
    ['ssl.endpoint.identification.algorithm', 'https'],
    ['authorizer.class.name', 'org.apache.kafka.metadata.authorizer.StandardAuthorizer'],
    ['super.users', `User:${sec.adminUser}`],
    ['allow.everyone.if.no.acl.found', false],
  ];
}

/** Escapes a value for a Java .properties file (backslashes matter on Windows paths, `:`/`=` are safe in values). */
function propValue(value: string | number | boolean): string {
  return String(value).replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

export function renderProperties(
  entries: ReadonlyArray<readonly [string, string | number | boolean]>,
  header: string,
): string {
  const lines = header.split('\n').map((l) => `# ${l}`.trimEnd());
  for (const [key, value] of entries) lines.push(`${key}=${propValue(value)}`);
  return lines.join('\n') + '\n';
}

export function serverPropertiesEntries(input: ServerPropertiesInput): Array<[string, string | number | boolean]> {
  const { port, controllerPort, dataDir, security, node } = input;
  const client = security ? 'SASL_SSL' : 'PLAINTEXT';
  const rf = node?.replicationFactor ?? 1;
  const minIsr = node?.minInsyncReplicas ?? 1;
  const entries: Array<[string, string | number | boolean]> = [
    // KRaft combined mode: this one JVM is both the broker and the (only) controller.
    ['process.roles', 'broker,controller'],
    ['node.id', node?.nodeId ?? 1],
    // Static voter list rather than `format --standalone` (dynamic quorum): the voter endpoint is then
    // config, not something written into the metadata log, so a restart may use another controller port.
    ['controller.quorum.voters', node?.voters ?? `1@127.0.0.1:${controllerPort}`],
    // Loopback only: a development broker without auth must not be reachable from the network.
    ['listeners', `${client}://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`],
    ['advertised.listeners', `${client}://127.0.0.1:${port}`],
    ['controller.listener.names', 'CONTROLLER'],
    ...(security
      ? securityEntries(security)
      : ([
          ['listener.security.protocol.map', 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT'],
          ['inter.broker.listener.name', 'PLAINTEXT'],
        ] as Array<[string, string]>)),
    ['log.dirs', dataDir],
    // One node: every replication factor is 1, and min.insync.replicas 1 so acks=all succeeds.
    // A three-node cluster: 3 replicas, 2 in sync for acks=all, so one node may be down.
    ['default.replication.factor', rf],
    ['min.insync.replicas', minIsr],
    ['offsets.topic.replication.factor', rf],
    ['transaction.state.log.replication.factor', rf],
    ['transaction.state.log.min.isr', minIsr],
    // Fewer internal partitions (default 50 each) makes the first group join / first transaction
    // noticeably faster on a laptop; there is only one broker to spread them over anyway.
    ['offsets.topic.num.partitions', 10],
    ['transaction.state.log.num.partitions', 10],
    // Tests and the first consumer of a group should not wait 3 s for more members.
    ['group.initial.rebalance.delay.ms', 0],
    // Off: the pipeline creates its topics explicitly (libs/kafka topic-setup) with chosen partition
    // counts and configs; auto-creation would hide a typo'd topic name behind a silent new 1-partition topic.
    ['auto.create.topics.enable', false],
    ['num.partitions', 1],
    ['delete.topic.enable', true],
    // Small and quick to clean: 16 MiB segments, a week of retention unless a topic says otherwise.
    ['log.segment.bytes', 16 * 1024 * 1024],
    ['log.retention.hours', 168],
    ['log.retention.check.interval.ms', 60_000],
    // Fit a 512 MiB heap and 2 cores: the cleaner's dedupe buffer defaults to 128 MiB, threads to 3/8/10.
    ['log.cleaner.dedupe.buffer.size', 16 * 1024 * 1024],
    ['num.network.threads', 2],
    ['num.io.threads', 4],
    ['background.threads', 4],
    ['num.recovery.threads.per.data.dir', 2],
  ];
  return entries;
}

export function renderServerProperties(input: ServerPropertiesInput): string {
  return renderProperties(
    serverPropertiesEntries(input),
    'Generated by @skytally/broker (libs/broker) on every start; edits are overwritten.\nSingle-node KRaft development broker on 127.0.0.1.',
  );
}

/**
 * log4j2 config (Kafka 4.x, KIP-653), in log4j2's own properties format (needs nothing beyond
 * log4j-core): everything to <logDir>/server.log, rolled at 10 MiB (3 kept), noisy loggers quieted.
 */
export function renderLog4j2Properties(logDir: string): string {
  const dir = logDir.replace(/\\/g, '/');
  return renderProperties(
    [
      ['status', 'warn'],
      ['name', 'skytally-local-kafka'],
      ['appender.file.type', 'RollingFile'],
      ['appender.file.name', 'file'],
      ['appender.file.fileName', `${dir}/server.log`],
      ['appender.file.filePattern', `${dir}/server.log.%i`],
      ['appender.file.layout.type', 'PatternLayout'],
      ['appender.file.layout.pattern', '[%d] %p %m (%c)%n'],
      ['appender.file.policies.type', 'Policies'],
      ['appender.file.policies.size.type', 'SizeBasedTriggeringPolicy'],
      ['appender.file.policies.size.size', '10MB'],
      ['appender.file.strategy.type', 'DefaultRolloverStrategy'],
      ['appender.file.strategy.max', 3],
      ['rootLogger.level', 'INFO'],
      ['rootLogger.appenderRef.file.ref', 'file'],
      ['logger.request.name', 'kafka.request.logger'],
      ['logger.request.level', 'WARN'],
      ['logger.authorizer.name', 'kafka.authorizer.logger'],
      ['logger.authorizer.level', 'WARN'],
      ['logger.clients.name', 'org.apache.kafka.clients'],
      ['logger.clients.level', 'WARN'],
    ],
    'Generated by @skytally/broker; edits are overwritten.',
  );
}

/** log4j 1.x (reload4j) config for Kafka 3.x: everything to <logDir>/server.log, rolled at 10 MiB, with the noisiest loggers quieted. */
export function renderLog4jProperties(logDir: string): string {
  const file = `${logDir.replace(/\\/g, '/')}/server.log`;
  return renderProperties(
    [
      ['log4j.rootLogger', 'INFO, file'],
      ['log4j.appender.file', 'org.apache.log4j.RollingFileAppender'],
      ['log4j.appender.file.File', file],
      ['log4j.appender.file.MaxFileSize', '10MB'],
      ['log4j.appender.file.MaxBackupIndex', 3],
      ['log4j.appender.file.layout', 'org.apache.log4j.PatternLayout'],
      ['log4j.appender.file.layout.ConversionPattern', '[%d] %p %m (%c)%n'],
      ['log4j.logger.kafka.request.logger', 'WARN'],
      ['log4j.logger.kafka.authorizer.logger', 'WARN'],
      ['log4j.logger.org.apache.kafka.clients', 'WARN'],
      ['log4j.logger.org.apache.zookeeper', 'WARN'],
    ],
    'Generated by @skytally/broker; edits are overwritten.',
  );
}
