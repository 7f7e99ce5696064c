import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleSchema, RejectionSchema } from '@skytally/contracts';
import { ingest, toIsoDate } from './ingest.core';

interface Case {
  name: string;
  key?: string;
  value?: string;
  valueBase64?: string;
  maxBodyBytes?: number;
  expect: Record<string, string | null> & { kind: 'article' | 'rejected' };
}

const cases = JSON.parse(
  readFileSync(join(__dirname, '../../../tests/fixtures/ingest/ingest.cases.json'), 'utf8'),
) as Case[];
const receivedAt = new Date('2026-01-02T03:04:05.000Z');

describe('ingest core', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const value =
      c.valueBase64 !== undefined ? Buffer.from(c.valueBase64, 'base64') : Buffer.from(c.value ?? '', 'utf8');
    const outcome = ingest(
      { key: c.key ? Buffer.from(c.key) : null, value, receivedAt },
      { maxBodyBytes: c.maxBodyBytes ?? 1024 * 1024 },
    );
    expect(outcome.kind).toBe(c.expect.kind);
    const { kind, idPattern, reason, originalEncoding, ...fields } = c.expect;
    if (outcome.kind === 'article') {
      expect(ArticleSchema.parse(outcome.article)).toEqual(outcome.article);
      expect(outcome.article.ingestedAt).toBe(receivedAt.toISOString());
      if (idPattern) expect(outcome.article.articleId).toMatch(new RegExp(idPattern));
      expect(outcome.article).toMatchObject(fields);
    } else {
      RejectionSchema.parse(outcome.rejection);
      expect(outcome.rejection.reason).toBe(reason);
      expect(outcome.rejection.detail.length).toBeGreaterThan(0);
      if (originalEncoding) expect(outcome.rejection.originalEncoding).toBe(originalEncoding);
      // Nothing is lost: the original bytes can be recovered exactly.
      const recovered =
        outcome.rejection.originalEncoding === 'base64'
          ? Buffer.from(outcome.rejection.original, 'base64')
          : Buffer.from(outcome.rejection.original, 'utf8');
      expect(recovered.equals(value)).toBe(true);
    }
    void kind;
  });

  it('does not pollute Object.prototype', () => {
    ingest(
      { key: null, value: Buffer.from('{"__proto__":{"polluted":true},"body":"x"}'), receivedAt },
      { maxBodyBytes: 1000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives the same article id for the same plain text (replays are stable)', () => {
    const run = () => ingest({ key: null, value: Buffer.from('Same text.'), receivedAt }, { maxBodyBytes: 1000 });
    const [a, b] = [run(), run()];
    expect(a.kind === 'article' && b.kind === 'article' && a.article.articleId === b.article.articleId).toBe(true);
  });

  it('never copies article text into the rejection detail (it is logged)', () => {
    for (const value of ['{"body": SECRET TEXT here', '{"body": "SECRET TEXT" x', '[SECRET', '{"a":1}SECRET']) {
      const outcome = ingest({ key: null, value: Buffer.from(value), receivedAt }, { maxBodyBytes: 1000 });
      expect(outcome).toMatchObject({ kind: 'rejected', rejection: { reason: 'invalid_json' } });
      if (outcome.kind === 'rejected') expect(outcome.rejection.detail).not.toMatch(/SECRET/);
    }
  });

  it('survives pathological nesting', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const outcome = ingest({ key: null, value: Buffer.from(deep), receivedAt }, { maxBodyBytes: 1024 * 1024 });
    expect(outcome).toMatchObject({ kind: 'rejected' });
  });

  it('parses dates strictly', () => {
    expect(toIsoDate('2024-08-09')).toBe('2024-08-09T00:00:00.000Z');
    expect(toIsoDate('2024-13-40')).toBeNull();
    expect(toIsoDate('yesterday')).toBeNull();
  });
});
