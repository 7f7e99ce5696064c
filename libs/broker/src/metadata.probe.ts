/**
 * A dependency-free readiness probe: one Kafka Metadata v0 request over a raw socket. The broker
 * only answers with itself in the broker list once it has started and registered with the
 * controller, which is what "ready" means to a client. Metadata v0 exists in every Kafka 3.x (it
 * was removed in 4.0, which this launcher does not support), and keeps kafkajs out of the library.
 */
import { Socket } from 'node:net';

const METADATA_API_KEY = 3;

export interface MetadataBroker {
  nodeId: number;
  host: string;
  port: number;
}

/** Size-prefixed Metadata v0 request (header v1) asking for all topics (empty topic array). */
export function encodeMetadataV0Request(correlationId: number, clientId: string): Buffer {
  const client = Buffer.from(clientId, 'utf8');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + client.length + 4);
  let o = 0;
  o = body.writeInt16BE(METADATA_API_KEY, o);
  o = body.writeInt16BE(0, o);
  o = body.writeInt32BE(correlationId, o);
  o = body.writeInt16BE(client.length, o);
  o += client.copy(body, o);
  body.writeInt32BE(0, o);
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length, 0);
  return Buffer.concat([size, body]);
}

/** Decodes the correlation id and broker list of a Metadata v0 response (without its size prefix). */
export function decodeMetadataV0Brokers(payload: Buffer): { correlationId: number; brokers: MetadataBroker[] } {
  let o = 0;
  const correlationId = payload.readInt32BE(o);
  o += 4;
  const count = payload.readInt32BE(o);
  o += 4;
  const brokers: MetadataBroker[] = [];
  for (let i = 0; i < count; i++) {
    const nodeId = payload.readInt32BE(o);
    o += 4;
    const hostLen = payload.readInt16BE(o);
    o += 2;
    const host = payload.toString('utf8', o, o + hostLen);
    o += hostLen;
    const port = payload.readInt32BE(o);
    o += 4;
    brokers.push({ nodeId, host, port });
  }
  return { correlationId, brokers };
}

/** Sends one Metadata request to host:port and resolves with the brokers the response lists. */
export function probeMetadata(host: string, port: number, timeoutMs = 3000): Promise<MetadataBroker[]> {
  return new Promise((resolve, reject) => {
    const correlationId = Math.floor(Math.random() * 0x7fffffff);
    const socket = new Socket();
    let received = Buffer.alloc(0);
    const fail = (err: Error) => {
      socket.destroy();
      reject(err);
    };
    socket.setTimeout(timeoutMs, () => fail(new Error(`no metadata response from ${host}:${port} within ${timeoutMs} ms`)));
    socket.once('error', fail);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4) return;
      const size = received.readInt32BE(0);
      if (received.length < 4 + size) return;
      socket.destroy();
      try {
        const res = decodeMetadataV0Brokers(received.subarray(4, 4 + size));
        if (res.correlationId !== correlationId) throw new Error('metadata response with a foreign correlation id');
        resolve(res.brokers);
      } catch (err) {
        reject(err as Error);
      }
    });
    socket.once('close', () => reject(new Error(`connection to ${host}:${port} closed before a metadata response`)));
    socket.connect(port, host, () => socket.write(encodeMetadataV0Request(correlationId, 'skytally-broker-probe')));
  });
}
