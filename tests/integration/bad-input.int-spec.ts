/**
 * Bad input through the real ingest service: every kind goes to
 * articles.rejected with its reason and the original bytes, the service keeps
 * going (the good article right after each one passes), and the service's log
 * has no line forged from input and no article text.
 */
import { readFileSync } from 'node:fs';
import { waitFor } from '../support/kafka-test-utils';
import { PipelineHarness, jsonValue, onlyOne } from './harness/pipeline.harness';

const LIMIT = 8192;
// In every body, good or bad: it must never show up in the log.
const SECRET = 'SECRETARTICLETEXT';

interface BadCase {
  name: string;
  value: Buffer | null;
  reason: string;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

const CASES: BadCase[] = [
  {
    name: 'not JSON where JSON is expected',
    value: utf8(`{"id": "x", "body": "${SECRET} and no closing`),
    reason: 'invalid_json',
  },
  { name: 'JSON, body of the wrong type', value: utf8(`{"body": ["${SECRET}"]}`), reason: 'invalid_shape' },
  { name: 'JSON array, not an object', value: utf8(`["${SECRET}"]`), reason: 'invalid_shape' },
  { name: 'no value at all', value: null, reason: 'empty_body' },
  { name: 'whitespace only', value: utf8(' \n\t \r\n '), reason: 'empty_body' },
  { name: 'JSON with a blank body', value: utf8('{"body": "   "}'), reason: 'empty_body' },
  {
    name: 'over the configured limit',
    value: utf8(`{"body": "${`${SECRET} `.repeat(LIMIT / 10)}"}`),
    reason: 'too_large',
  },
  { name: 'invalid UTF-8', value: Buffer.from([0x7b, 0xff, 0xfe, 0x41, 0xc3, 0x28]), reason: 'invalid_utf8' },
  {
    name: 'binary bytes',
    value: Buffer.from([0x00, 0x01, 0x02, 0x03, 0x53, 0x45, 0x00, 0x7f, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0b, 0x0c]),
    reason: 'binary_content',
  },
  {
    name: 'newlines and control characters meant to forge a log line',
    value: utf8(
      JSON.stringify({
        body: `${SECRET} drones`,
        publishedAt: '2025-01-01\n{"level":50,"service":"ingest","msg":"FORGED"}\r\u001b[2J',
      }),
    ),
    reason: 'invalid_date',
  },
  {
    name: 'huge numbers',
    value: utf8(`{"id": 1234567890123456789012345678901234567890, "body": 1e999, "title": "${SECRET}"}`),
    reason: 'invalid_shape',
  },
  {
    name: 'deep nesting',
    value: utf8(`{"title": "${SECRET}", "body": ${'['.repeat(3000)}${']'.repeat(3000)}}`),
    reason: 'invalid_shape',
  },
  {
    name: '__proto__ and constructor keys',
    value: utf8(`{"__proto__": {"body": "${SECRET}"}, "constructor": {"prototype": {"body": "${SECRET}"}}}`),
    reason: 'invalid_shape',
  },
  {
    name: 'unknown schemaVersion',
    value: utf8(`{"schemaVersion": 99, "body": "${SECRET} drones"}`),
    reason: 'unsupported_schema_version',
  },
];

describe('bad input through the ingest service', () => {
  const harness = new PipelineHarness({ SKYTALLY_MAX_BODY_BYTES: String(LIMIT), LOG_LEVEL: 'info' });
  let logFile = '';

  beforeAll(async () => {
    await harness.setup();
    logFile = (await harness.start('ingest')).logFile;
    // One partition, in order: bad, good, bad, good… so "the next good article passes" is literal.
    await harness.send(
      harness.topics.raw,
      CASES.flatMap((c, i) => [
        { key: `bad-${i}\n{"msg":"FORGED-KEY"}`, value: c.value, partition: 0 },
        {
          key: `good-${i}`,
          value: JSON.stringify({
            id: `good-${i}`,
            body: `${SECRET}: air defences shot down ${i + 2} drones over the Kursk region.`,
          }),
          partition: 0,
        },
      ]),
    );
    await harness.drained(60_000, ['ingest']);
  });

  afterAll(() => harness.teardown());

  it.each(CASES.map((c, i) => [c.name, c, i] as const))(
    '%s → articles.rejected with its reason and the original bytes',
    async (_name, c, i) => {
      const rejected = await harness.readAll(harness.topics.rejected);
      const mine = onlyOne(
        rejected.filter((m) => m.key === `bad-${i}\n{"msg":"FORGED-KEY"}`),
        'rejection',
      );
      const value = jsonValue<{
        reason: string;
        detail: string;
        original: string;
        originalEncoding: 'utf8' | 'base64';
        origin: { offset: string };
      }>(mine);
      expect(value.reason).toBe(c.reason);
      expect(value.detail.length).toBeGreaterThan(0);
      expect(Buffer.from(value.original, value.originalEncoding).equals(c.value ?? Buffer.alloc(0))).toBe(true);
      expect(value.origin.offset).toBe(String(2 * i));
    },
  );

  it('keeps going: every good article after a bad one is ingested, and nothing else is', async () => {
    const ingested = await harness.readAll(harness.topics.ingested);
    expect(ingested.map((m) => m.key).sort()).toEqual(CASES.map((_, i) => `good-${i}`).sort());
    const rejected = await harness.readAll(harness.topics.rejected);
    expect(rejected).toHaveLength(CASES.length);
  });

  it('logs one rejection per bad input, and no forged line and no article text', async () => {
    const read = (): string[] => readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
    await waitFor(() => read().filter((l) => l.includes('"msg":"article rejected"')).length >= CASES.length, {
      description: 'the rejection log lines',
    });
    const lines = read();
    for (const line of lines) {
      // Every line is one JSON object written by the service (pino), never a piece of input.
      const entry = JSON.parse(line) as { msg?: string; service?: string };
      expect(entry.msg).not.toMatch(/FORGED/);
      expect(line).not.toContain(SECRET);
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must not appear
      expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    }
    const rejections = lines
      .map((l) => JSON.parse(l) as { msg: string; reason?: string })
      .filter((e) => e.msg === 'article rejected');
    expect(rejections.map((e) => e.reason).sort()).toEqual(CASES.map((c) => c.reason).sort());
  });
});
