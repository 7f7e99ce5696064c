/**
 * A dependency-free readiness probe: one Kafka Metadata v4 request over a raw socket, for all
 * topics. v4 is the lowest version Kafka 4.x still serves (KIP-896 removed v0-v3) and every Kafka
 * 3.x serves it too. The answer says two things a client needs before it can work:
 *   - the broker lists itself (it has registered with the controller and is unfenced), and
 *   - every partition of every topic has a leader (after a restart, a broker that owns hundreds of
 *     partitions answers metadata seconds before the controller has elected it leader of all of them;
 *     a client that produces in that window gets "This server does not host this topic-partition").
 * Keeps kafkajs out of the library.
 */
import { Socket } from 'node:net';

const METADATA_API_KEY = 3;
const METADATA_VERSION = 4;

export interface MetadataBroker {
  nodeId: number;
  host: string;
  port: number;
}

export interface MetadataPartition {
  errorCode: number;
  partition: number;
  leader: number;
  replicas: number[];
  isr: number[];
}

export interface MetadataTopic {
  errorCode: number;
  name: string;
  internal: boolean;
  partitions: MetadataPartition[];
}

export interface MetadataAnswer {
  correlationId: number;
  brokers: MetadataBroker[];
  controllerId: number;
  topics: MetadataTopic[];
}

/** Size-prefixed Metadata v4 request (header v1) for all topics (null topic array), no auto-creation. */
export function encodeMetadataRequest(correlationId: number, clientId: string): Buffer {
  const client = Buffer.from(clientId, 'utf8');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + client.length + 4 + 1);
  let o = 0;
  o = body.writeInt16BE(METADATA_API_KEY, o);
  o = body.writeInt16BE(METADATA_VERSION, o);
  o = body.writeInt32BE(correlationId, o);
  o = body.writeInt16BE(client.length, o);
  o += client.copy(body, o);
  o = body.writeInt32BE(-1, o); // null array: every topic
  body.writeInt8(0, o); // allow_auto_topic_creation = false
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length, 0);
  return Buffer.concat([size, body]);
}

class Reader {
  o = 0;
  constructor(private readonly b: Buffer) {}
  int8(): number {
    const v = this.b.readInt8(this.o);
    this.o += 1;
    return v;
  }
  int16(): number {
    const v = this.b.readInt16BE(this.o);
    this.o += 2;
    return v;
  }
  int32(): number {
    const v = this.b.readInt32BE(this.o);
    this.o += 4;
    return v;
  }
  string(): string | null {
    const len = this.int16();
    if (len < 0) return null;
    const v = this.b.toString('utf8', this.o, this.o + len);
    this.o += len;
    return v;
  }
  array<T>(item: () => T): T[] {
    const n = this.int32();
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(item());
    return out;
  }
}

/** Decodes a Metadata v4 response (without its size prefix; response header v0). */
export function decodeMetadataResponse(payload: Buffer): MetadataAnswer {
  const r = new Reader(payload);
  const correlationId = r.int32();
  r.int32(); // throttle_time_ms
  const brokers = r.array(() => {
    const nodeId = r.int32();
    const host = r.string() ?? '';
    const port = r.int32();
    r.string(); // rack
    return { nodeId, host, port };
  });
  r.string(); // cluster_id
  const controllerId = r.int32();
  const topics = r.array(() => {
    const errorCode = r.int16();
    const name = r.string() ?? '';
    const internal = r.int8() !== 0;
    const partitions = r.array(() => ({
      errorCode: r.int16(),
      partition: r.int32(),
      leader: r.int32(),
      replicas: r.array(() => r.int32()),
      isr: r.array(() => r.int32()),
    }));
    return { errorCode, name, internal, partitions };
  });
  return { correlationId, brokers, controllerId, topics };
}

/**
 * Why the broker is not ready yet, or undefined when it is: it lists the broker on `port`, and every
 * partition has a leader and no error (a topic being deleted is skipped; the controller drops it).
 */
export function notReadyReason(answer: MetadataAnswer, port: number, expectedBrokers = 1): string | undefined {
  if (!answer.brokers.some((b) => b.port === port)) return `metadata lists no broker on port ${port} yet`;
  if (answer.brokers.length < expectedBrokers)
    return `${answer.brokers.length} of ${expectedBrokers} brokers registered`;
  let leaderless = 0;
  let total = 0;
  let example = '';
  for (const t of answer.topics) {
    if (t.errorCode !== 0) continue;
    for (const p of t.partitions) {
      total++;
      if (p.leader < 0 || p.errorCode !== 0) {
        leaderless++;
        example ||= `${t.name}-${p.partition}`;
      }
    }
  }
  return leaderless ? `${leaderless} of ${total} partitions have no leader yet (e.g. ${example})` : undefined;
}

/** Sends one Metadata request to host:port and resolves with the answer. */
export function probeMetadata(host: string, port: number, timeoutMs = 3000): Promise<MetadataAnswer> {
  return new Promise((resolve, reject) => {
    const correlationId = Math.floor(Math.random() * 0x7fffffff);
    const socket = new Socket();
    let received = Buffer.alloc(0);
    const fail = (err: Error) => {
      socket.destroy();
      reject(err);
    };
    socket.setTimeout(timeoutMs, () =>
      fail(new Error(`no metadata response from ${host}:${port} within ${timeoutMs} ms`)),
    );
    socket.once('error', fail);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4) return;
      const size = received.readInt32BE(0);
      if (received.length < 4 + size) return;
      socket.destroy();
      try {
        const res = decodeMetadataResponse(received.subarray(4, 4 + size));
        if (res.correlationId !== correlationId) throw new Error('metadata response with a foreign correlation id');
        resolve(res);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    socket.once('close', () => reject(new Error(`connection to ${host}:${port} closed before a metadata response`)));
    socket.connect(port, host, () => socket.write(encodeMetadataRequest(correlationId, 'skytally-broker-probe')));
  });
}
