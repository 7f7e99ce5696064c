/**
 * Throws thousands of random inputs at ingest's core: it must never throw,
 * and every input must come out as an article or as a rejection with a reason
 * that keeps the original bytes — no crash, no silent drop.
 */
import fc from 'fast-check';
import { ArticleSchema, RejectionSchema } from '@skytally/contracts';
import { ingest } from '@skytally/ingestion';

const receivedAt = new Date('2026-01-01T00:00:00Z');

function accountedFor(value: Buffer, key: Buffer | null): void {
  const outcome = ingest({ key, value, receivedAt }, { maxBodyBytes: 4096 });
  if (outcome.kind === 'article') {
    ArticleSchema.parse(outcome.article);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not appear
    expect(outcome.article.body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not appear
    expect(outcome.article.articleId).not.toMatch(/[\s\u0000-\u001F]/);
  } else {
    RejectionSchema.parse(outcome.rejection);
    const original =
      outcome.rejection.originalEncoding === 'base64'
        ? Buffer.from(outcome.rejection.original, 'base64')
        : Buffer.from(outcome.rejection.original, 'utf8');
    expect(original.equals(value)).toBe(true);
  }
}

const articleLike = fc.record(
  {
    schemaVersion: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
    id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    url: fc.oneof(fc.webUrl(), fc.string(), fc.constant(null)),
    title: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
    publishedAt: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string(),
      fc.constant(null),
    ),
    body: fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.constant(''), fc.constant(null), fc.object()),
    __proto__: fc.object(),
    constructor: fc.object(),
  },
  { requiredKeys: [] },
);

describe('ingest core under random input', () => {
  it('accounts for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 6000 }), fc.option(fc.uint8Array({ maxLength: 64 })), (bytes, key) => {
        accountedFor(Buffer.from(bytes), key ? Buffer.from(key) : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('accounts for arbitrary text, including control characters and forged log lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 5000 }), (text) =>
        accountedFor(Buffer.from(text, 'utf8'), null),
      ),
      { numRuns: 3000 },
    );
  });

  it('accounts for JSON of every shape', () => {
    fc.assert(
      fc.property(fc.oneof(articleLike, fc.jsonValue()), (value) =>
        accountedFor(Buffer.from(JSON.stringify(value) ?? 'null', 'utf8'), null),
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps Object.prototype clean', () => {
    fc.assert(
      fc.property(articleLike, (value) => {
        ingest({ key: null, value: Buffer.from(JSON.stringify(value)), receivedAt }, { maxBodyBytes: 4096 });
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
