import { readFileSync } from 'node:fs';
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import {
  Kafka,
  type ISocketFactory,
  type KafkaConfig,
  type logCreator,
  logLevel,
  type Message,
  type PartitionMetadata,
  Partitioners,
  type Producer,
  type ProducerBatch,
  type ProducerConfig,
  type RecordMetadata,
  type SASLOptions,
  type TopicMessages,
} from 'kafkajs';
import type { SkytallyConfig } from '@skytally/config';
import type { Logger } from '@skytally/logger';
import { kafkajsLevel, pinoLogCreator } from './kafkajs-log-creator';

export const DEFAULT_BROKERS = '127.0.0.1:9092';

/** How long sendPerPartition trusts the cluster's broker count before asking again. */
const BROKER_COUNT_TTL_MS = 60_000;

/** Exit code of a process that stops on a Kafka security misconfiguration (sysexits EX_CONFIG). */
export const EXIT_KAFKA_CONFIG = 78;

/**
 * The kafkajs client options a configuration asks for: brokers, TLS and SASL.
 * Kept apart from `createKafka` so a test can check them without a broker.
 */
export function kafkaClientOptions(config: SkytallyConfig, clientId: string): KafkaConfig {
  const brokers = (config.KAFKA_BROKERS ?? DEFAULT_BROKERS)
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const options: KafkaConfig = {
    clientId: `${config.KAFKA_CLIENT_ID}-${clientId}`,
    brokers,
    connectionTimeout: 10_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 10_000 },
  };
  if (config.KAFKA_SSL || config.KAFKA_SSL_CA_FILE || config.KAFKA_SSL_CERT_FILE) {
    options.ssl = {
      rejectUnauthorized: config.KAFKA_SSL_REJECT_UNAUTHORIZED,
      ...(config.KAFKA_SSL_CA_FILE ? { ca: [readFileSync(config.KAFKA_SSL_CA_FILE, 'utf8')] } : {}),
      ...(config.KAFKA_SSL_CERT_FILE ? { cert: readFileSync(config.KAFKA_SSL_CERT_FILE, 'utf8') } : {}),
      ...(config.KAFKA_SSL_KEY_FILE ? { key: readFileSync(config.KAFKA_SSL_KEY_FILE, 'utf8') } : {}),
    };
  }
  if (config.KAFKA_SASL_MECHANISM) {
    options.sasl = {
      mechanism: config.KAFKA_SASL_MECHANISM,
      username: config.KAFKA_SASL_USERNAME ?? '',
      password: config.KAFKA_SASL_PASSWORD ?? '',
    } as SASLOptions;
  }
  return options;
}

/**
 * Node's TLS errors that mean "the client does not trust the broker's certificate": waiting will
 * not fix them, so they are fatal at once instead of kafkajs's minute of retries.
 */
const TLS_TRUST_ERRORS = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_REVOKED',
  'INVALID_CA',
]);
/** TLS spoken to a port that does not speak it. */
const TLS_PROTOCOL_ERRORS = new Set([
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'ERR_SSL_UNKNOWN_PROTOCOL',
]);
/** A plaintext request answered by a close, this many times in a row with no answer in between: the listener expects TLS. */
const SILENT_CLOSES_BEFORE_FATAL = 3;

/**
 * The one line that explains a security misconfiguration, or undefined when `text` is not one.
 * `text` is a kafkajs log entry's message and error. The password is never part of it.
 */
export function securityFailure(text: string, config: SkytallyConfig): string | undefined {
  const user = config.KAFKA_SASL_USERNAME ?? '(none)';
  const brokers = config.KAFKA_BROKERS ?? DEFAULT_BROKERS;
  if (
    /SASL .*authentication failed|Authentication failed during authentication|SASL_AUTHENTICATION_FAILED/i.test(text)
  ) {
    return `Kafka authentication failed for user "${user}" (SASL ${config.KAFKA_SASL_MECHANISM ?? ''}) at ${brokers}: wrong KAFKA_SASL_USERNAME or KAFKA_SASL_PASSWORD, or a mechanism the broker does not enable`;
  }
  if (/mechanism .*not (supported|enabled)|UNSUPPORTED_SASL_MECHANISM|ILLEGAL_SASL_STATE/i.test(text)) {
    return `Kafka rejected SASL ${config.KAFKA_SASL_MECHANISM ?? '(none)'} at ${brokers}: the broker does not enable that mechanism on this listener (KAFKA_SASL_MECHANISM)`;
  }
  const authz = /(Topic|Group|Cluster|Transactional Id) authorization failed/i.exec(text);
  if (authz) {
    const api = /Response (\w+)\(/.exec(text)?.[1];
    const verb: Record<string, string> = {
      Produce: 'write to',
      Fetch: 'read',
      Metadata: 'describe',
      CreateTopics: 'create',
      DeleteTopics: 'delete',
      OffsetCommit: 'commit offsets to',
      JoinGroup: 'join',
      FindCoordinator: 'use',
      GroupCoordinator: 'use',
      OffsetFetch: 'read offsets of',
      ListOffsets: 'read',
    };
    const resource = authz[1]!.toLowerCase();
    return `Kafka authorization failed: principal "User:${user}" may not ${verb[api ?? ''] ?? 'use'} a ${resource}${resource === 'cluster' ? '' : ' it needs'} (${authz[0]}${api ? ` on ${api}` : ''}); grant it the ACLs listed in the README ("An existing Kafka cluster")`;
  }
  return undefined;
}

interface FatalHandler {
  (line: string): void;
}

/**
 * kafkajs's socket factory (same TLS options, keep-alive), watching each connection for what a
 * retry cannot fix: an untrusted certificate, TLS spoken to a plaintext port, and a plaintext
 * client on a TLS listener (the broker closes without a byte of answer, again and again).
 */
export function watchfulSocketFactory(config: SkytallyConfig, onFatal: FatalHandler): ISocketFactory {
  let silentCloses = 0;
  return ({ host, port, ssl, onConnect }) => {
    const socket: Socket = ssl
      ? tlsConnect({ host, port, ...(isIP(host) ? {} : { servername: host }), ...ssl }, onConnect)
      : netConnect({ host, port }, onConnect);
    socket.setKeepAlive(true, 60_000);
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      // A Kafka response starts with its int32 size (first byte 0 below 16 MiB); a TLS record with
      // its content type: 0x15 alert, 0x16 handshake. A TLS listener answers a plaintext request with an alert.
      if (!answered && !ssl && (chunk[0] === 0x15 || chunk[0] === 0x16)) {
        onFatal(tlsExpected(host, port, config, 'answered with TLS'));
      }
      answered = true;
      silentCloses = 0;
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      const code = err.code ?? '';
      if (TLS_TRUST_ERRORS.has(code)) {
        onFatal(
          `TLS: the broker at ${host}:${port} presented a certificate this client does not trust (${err.message}): set KAFKA_SSL_CA_FILE to the CA that signed it`,
        );
      } else if (TLS_PROTOCOL_ERRORS.has(code)) {
        onFatal(
          `TLS: the listener at ${host}:${port} does not speak TLS (${code}): set KAFKA_SSL=false, or use the broker's TLS port`,
        );
      }
    });
    socket.on('close', () => {
      if (answered || ssl || socket.bytesWritten === 0) return;
      silentCloses += 1;
      if (silentCloses >= SILENT_CLOSES_BEFORE_FATAL)
        onFatal(tlsExpected(host, port, config, `closed ${silentCloses} connections without answering`));
    });
    return socket;
  };
}

function tlsExpected(host: string, port: number, config: SkytallyConfig, what: string): string {
  return `the broker at ${host}:${port} ${what} a plaintext client: its listener expects TLS${config.KAFKA_SASL_MECHANISM ? '' : ' (and probably SASL)'}; set KAFKA_SSL=true and KAFKA_SSL_CA_FILE${config.KAFKA_SASL_MECHANISM ? '' : ', KAFKA_SASL_MECHANISM/USERNAME/PASSWORD'}`;
}

export interface CreateKafkaOptions {
  /**
   * Called once with one line when the client meets a misconfiguration no retry fixes (bad
   * credentials, an untrusted certificate, TLS/plaintext mismatch, a missing ACL). Default: log
   * that line at fatal and exit with EXIT_KAFKA_CONFIG (78), instead of a minute of retries and a
   * stack trace.
   */
  onFatal?: FatalHandler;
}

/** A kafkajs client whose logs go to pino at the logger's level, failing fast on security misconfiguration. */
export function createKafka(
  config: SkytallyConfig,
  clientId: string,
  logger: Logger,
  opts: CreateKafkaOptions = {},
): Kafka {
  let fatal = false;
  const onFatal: FatalHandler = (line) => {
    if (fatal) return;
    fatal = true;
    if (opts.onFatal) return opts.onFatal(line);
    logger.fatal({ exitCode: EXIT_KAFKA_CONFIG }, line);
    logger.flush?.();
    process.exit(EXIT_KAFKA_CONFIG);
  };
  const forward = pinoLogCreator(logger);
  const watching: logCreator = (level) => {
    const log = forward(level);
    return (entry) => {
      if (fatal) return;
      if (entry.level <= logLevel.ERROR) {
        const { message, error, stack } = entry.log as { message?: string; error?: string; stack?: string };
        const line = securityFailure([message, error, stack?.split('\n')[0]].filter(Boolean).join(' | '), config);
        if (line) return onFatal(line);
      }
      // Below ERROR only what the logger's level asks for (kafkajs is always asked for errors, to see the above).
      if (entry.level <= kafkajsLevel(logger.level)) log(entry);
    };
  };
  return sendPerPartition(
    new Kafka({
      ...kafkaClientOptions(config, clientId),
      socketFactory: watchfulSocketFactory(config, onFatal),
      logLevel: Math.max(kafkajsLevel(logger.level), logLevel.ERROR),
      logCreator: watching,
    }),
  );
}

/**
 * Works around a kafkajs 2.2.4 bug that loses acknowledged messages on a cluster. One `send` that
 * spans partitions led by several brokers keeps, across its retries, the brokers that have already
 * answered (producer/sendMessages.js, `responsePerBroker`): when one broker fails (a leader shutting
 * down answers NOT_LEADER_OR_FOLLOWER) and its partition moves to a broker that already answered,
 * the retry skips that broker, the partition's messages are never sent, and `send` resolves as if
 * they were. Reproduced on three local brokers: 7 of 5,200 messages, one partition's share of one
 * send, gone after a SIGTERM of a leader (plain and idempotent producers alike).
 *
 * So every producer of this client sends one partition per request: messages are assigned their
 * partition here, with the producer's own partitioner over the topic's partition count (the same
 * partition kafkajs would pick for a key), and each partition's messages go out as their own
 * `sendBatch`, concurrently; order within a partition is kept. A single broker never had the bug
 * (a send has no other broker to have answered), so on a cluster of one broker a send goes out as
 * one request: the split cost one produce round trip per partition, one after another (one request
 * in flight per broker), and as many requests for the broker to serve (issue 15). The broker count
 * is asked again in the background every BROKER_COUNT_TTL_MS; a send splits while it is unknown.
 */
export function sendPerPartition(kafka: Kafka): Kafka {
  const counts = new Map<string, Promise<number>>();
  // The last count known and when it was asked; a refresh runs behind the sends, never in front of
  // them (an admin connect during a broker's restart can take a minute of retries).
  let known: { count: number; at: number } | null = null;
  let asking: Promise<number> | null = null;
  const askBrokerCount = (): Promise<number> => {
    asking ??= (async () => {
      const admin = kafka.admin();
      await admin.connect();
      try {
        const count = (await admin.describeCluster()).brokers.length;
        known = { count, at: Date.now() };
        return count;
      } finally {
        await admin.disconnect();
      }
    })().finally(() => {
      asking = null;
    });
    return asking;
  };
  const brokerCount = async (): Promise<number> => {
    if (!known) return askBrokerCount();
    if (Date.now() - known.at > BROKER_COUNT_TTL_MS) askBrokerCount().catch(() => undefined);
    return known.count;
  };
  const singleBroker = (): Promise<boolean> =>
    brokerCount().then(
      (n) => n === 1,
      () => false,
    );
  const partitionCount = (topic: string): Promise<number> => {
    let count = counts.get(topic);
    if (!count) {
      count = (async () => {
        const admin = kafka.admin();
        await admin.connect();
        try {
          const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
          return topics[0]!.partitions.length;
        } finally {
          await admin.disconnect();
        }
      })();
      count.catch(() => counts.delete(topic));
      counts.set(topic, count);
    }
    return count;
  };
  const createProducer = kafka.producer.bind(kafka);
  kafka.producer = (producerConfig?: ProducerConfig): Producer => {
    const producer = createProducer(producerConfig);
    const partitioner = (producerConfig?.createPartitioner ?? Partitioners.DefaultPartitioner)();
    const split = async (topicMessages: TopicMessages[]): Promise<TopicMessages[]> => {
      const out: TopicMessages[] = [];
      for (const { topic, messages } of topicMessages) {
        if (messages.every((m) => m.partition !== undefined) && new Set(messages.map((m) => m.partition)).size <= 1) {
          out.push({ topic, messages });
          continue;
        }
        const n = messages.every((m) => m.partition !== undefined) ? 0 : await partitionCount(topic);
        const partitionMetadata = partitionsForPartitioner(n);
        const byPartition = new Map<number, Message[]>();
        for (const message of messages) {
          const partition = message.partition ?? partitioner({ topic, partitionMetadata, message });
          const list = byPartition.get(partition) ?? [];
          list.push({ ...message, partition });
          byPartition.set(partition, list);
        }
        for (const list of byPartition.values()) out.push({ topic, messages: list });
      }
      return out;
    };
    const sendBatch = producer.sendBatch.bind(producer);
    const perPartition = async (batch: ProducerBatch): Promise<RecordMetadata[]> => {
      if (await singleBroker()) return sendBatch(batch);
      const parts = await split(batch.topicMessages ?? []);
      if (parts.length <= 1) return sendBatch({ ...batch, topicMessages: parts });
      return (await Promise.all(parts.map((part) => sendBatch({ ...batch, topicMessages: [part] })))).flat();
    };
    producer.sendBatch = perPartition;
    producer.send = ({ topic, messages, ...rest }) => perPartition({ ...rest, topicMessages: [{ topic, messages }] });
    return producer;
  };
  return kafka;
}

/**
 * What a kafkajs partitioner reads of a topic with `count` partitions, all
 * available: the partition for a key depends only on the count (murmur2 of
 * the key modulo it), so this picks the partition kafkajs itself would.
 */
export function partitionsForPartitioner(count: number): PartitionMetadata[] {
  return Array.from({ length: count }, (_, partitionId) => ({
    partitionId,
    leader: 0,
    replicas: [],
    isr: [],
    offlineReplicas: [],
    partitionErrorCode: 0,
  }));
}
