import { createServer } from 'node:net';
import { decodeMetadataV0Brokers, encodeMetadataV0Request, probeMetadata } from './metadata.probe';

/** A Metadata v0 response body (no size prefix) listing the given brokers and no topics. */
function response(correlationId: number, brokers: Array<[number, string, number]>): Buffer {
  const parts: Buffer[] = [];
  const int32 = (n: number) => { const b = Buffer.alloc(4); b.writeInt32BE(n); return b; };
  const int16 = (n: number) => { const b = Buffer.alloc(2); b.writeInt16BE(n); return b; };
  parts.push(int32(correlationId), int32(brokers.length));
  for (const [id, host, port] of brokers) parts.push(int32(id), int16(Buffer.byteLength(host)), Buffer.from(host), int32(port));
  parts.push(int32(0));
  return Buffer.concat(parts);
}

describe('Metadata v0 probe', () => {
  it('encodes api key 3, version 0, correlation id, client id and an empty topic array', () => {
    const req = encodeMetadataV0Request(42, 'probe');
    expect(req.readInt32BE(0)).toBe(req.length - 4);
    expect(req.readInt16BE(4)).toBe(3);
    expect(req.readInt16BE(6)).toBe(0);
    expect(req.readInt32BE(8)).toBe(42);
    expect(req.readInt16BE(12)).toBe(5);
    expect(req.toString('utf8', 14, 19)).toBe('probe');
    expect(req.readInt32BE(19)).toBe(0);
  });

  it('decodes the broker list', () => {
    expect(decodeMetadataV0Brokers(response(7, [[1, '127.0.0.1', 9092]]))).toEqual({ correlationId: 7, brokers: [{ nodeId: 1, host: '127.0.0.1', port: 9092 }] });
  });

  it('talks to a server that answers like a broker, even in split chunks', async () => {
    const server = createServer((socket) => {
      socket.once('data', (req) => {
        const body = response(req.readInt32BE(8), [[1, '127.0.0.1', 1234]]);
        const size = Buffer.alloc(4);
        size.writeInt32BE(body.length);
        const all = Buffer.concat([size, body]);
        socket.write(all.subarray(0, 3));
        setImmediate(() => socket.end(all.subarray(3)));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      await expect(probeMetadata('127.0.0.1', port)).resolves.toEqual([{ nodeId: 1, host: '127.0.0.1', port: 1234 }]);
    } finally {
      server.close();
    }
  });

  it('rejects when nothing listens', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    await new Promise((r) => server.close(r));
    await expect(probeMetadata('127.0.0.1', port, 1000)).rejects.toThrow();
  });
});
