import { createServer } from 'node:net';
import {
  decodeMetadataResponse,
  encodeMetadataRequest,
  notReadyReason,
  probeMetadata,
  type MetadataAnswer,
} from './metadata.probe';

const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const str = (s: string | null) =>
  s === null ? int16(-1) : Buffer.concat([int16(Buffer.byteLength(s)), Buffer.from(s)]);
const arr = (items: Buffer[]) => Buffer.concat([int32(items.length), ...items]);

/** A Metadata v4 response body (no size prefix). */
function response(
  correlationId: number,
  brokers: Array<[number, string, number]>,
  topics: Array<[string, Array<[number, number]>]> = [],
): Buffer {
  return Buffer.concat([
    int32(correlationId),
    int32(0),
    arr(brokers.map(([id, host, port]) => Buffer.concat([int32(id), str(host), int32(port), str(null)]))),
    str('cluster'),
    int32(1),
    arr(
      topics.map(([name, parts]) =>
        Buffer.concat([
          int16(0),
          str(name),
          Buffer.from([0]),
          arr(
            parts.map(([p, leader]) =>
              Buffer.concat([int16(leader < 0 ? 5 : 0), int32(p), int32(leader), arr([int32(1)]), arr([int32(1)])]),
            ),
          ),
        ]),
      ),
    ),
  ]);
}

describe('Metadata v4 probe', () => {
  it('encodes api key 3, version 4, correlation id, client id, a null topic array and no auto-creation', () => {
    const req = encodeMetadataRequest(42, 'probe');
    expect(req.readInt32BE(0)).toBe(req.length - 4);
    expect(req.readInt16BE(4)).toBe(3);
    expect(req.readInt16BE(6)).toBe(4);
    expect(req.readInt32BE(8)).toBe(42);
    expect(req.readInt16BE(12)).toBe(5);
    expect(req.toString('utf8', 14, 19)).toBe('probe');
    expect(req.readInt32BE(19)).toBe(-1);
    expect(req.readInt8(23)).toBe(0);
    expect(req.length).toBe(24);
  });

  it('decodes brokers, controller and partition leaders', () => {
    const answer = decodeMetadataResponse(
      response(
        7,
        [[1, '127.0.0.1', 9092]],
        [
          [
            't',
            [
              [0, 1],
              [1, -1],
            ],
          ],
        ],
      ),
    );
    expect(answer).toMatchObject({
      correlationId: 7,
      controllerId: 1,
      brokers: [{ nodeId: 1, host: '127.0.0.1', port: 9092 }],
    });
    expect(answer.topics[0]!.partitions.map((p) => p.leader)).toEqual([1, -1]);
  });

  it('is ready only when the broker is listed and every partition has a leader', () => {
    const ans = (topics: Array<[string, Array<[number, number]>]>, port = 9092): MetadataAnswer =>
      decodeMetadataResponse(response(1, [[1, '127.0.0.1', port]], topics));
    expect(notReadyReason(ans([], 1234), 9092)).toMatch(/no broker on port 9092/);
    expect(
      notReadyReason(
        ans([
          [
            'a',
            [
              [0, 1],
              [1, -1],
            ],
          ],
          ['b', [[0, -1]]],
        ]),
        9092,
      ),
    ).toBe('2 of 3 partitions have no leader yet (e.g. a-1)');
    expect(notReadyReason(ans([['a', [[0, 1]]]]), 9092)).toBeUndefined();
    expect(notReadyReason(ans([['a', [[0, 1]]]]), 9092, 3)).toBe('1 of 3 brokers registered');
  });

  it('talks to a server that answers like a broker, even in split chunks', async () => {
    const server = createServer((socket) => {
      socket.once('data', (req) => {
        const body = response(req.readInt32BE(8), [[1, '127.0.0.1', 1234]]);
        const all = Buffer.concat([int32(body.length), body]);
        socket.write(all.subarray(0, 3));
        setImmediate(() => socket.end(all.subarray(3)));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      await expect(probeMetadata('127.0.0.1', port)).resolves.toMatchObject({
        brokers: [{ nodeId: 1, host: '127.0.0.1', port: 1234 }],
        topics: [],
      });
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
