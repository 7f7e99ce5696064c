import fc from 'fast-check';
import type { Article } from '@skytally/contracts';
import { articleJson, jsonString } from './article-json';
import { ingestArticle } from './ingest.core';

/** Prose pieces with everything JSON.stringify escapes, or may: quotes, backslashes, controls, surrogates. */
const piece = fc.oneof(
  fc.constantFrom(
    '"',
    '\\',
    '\n',
    '\r',
    '\t',
    '\u0000',
    '\u001F',
    '\u007F',
    '\u2028',
    '\uD83D',
    '\uDE00',
    '\uD83D\uDE00',
  ),
  fc.constantFrom('Air defence', ' shot down ', '12', 'Zürich', 'БПЛА', '\u2019', '\u2014'),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('jsonString', () => {
  it('is JSON.stringify for every UTF-16 code unit, alone and in prose', () => {
    const differing: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, `He said "${ch}"\n\n${ch} drones`])
        if (jsonString(t) !== JSON.stringify(t)) differing.push(c.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('is JSON.stringify for any text', () => {
    fc.assert(
      fc.property(text, (t) => jsonString(t) === JSON.stringify(t)),
      { numRuns: 4000 },
    );
  });
});

describe('articleJson', () => {
  it('is JSON.stringify of the articles ingest makes', () => {
    const inputs = [
      'Governor says "drones downed"\nAir defence shot down three drones over the Kursk region.',
      JSON.stringify({
        id: 'a1',
        url: 'https://example.org/a1?q="x"',
        source: 'Example \\ News',
        title: 'T\u2019s',
        publishedAt: '2025-03-04T01:30:00+03:00',
        body: 'Two drones\u00A0were downed.\r\n\r\n\r\nThen "three" \uD83D\uDE00.',
      }),
      JSON.stringify({ body: 'x', title: null, url: null, source: null }),
    ];
    const articles = inputs.map((value) => {
      const result = ingestArticle(
        { key: null, value: Buffer.from(value), receivedAt: new Date('2025-03-04T12:00:00Z') },
        { maxBodyBytes: 1_048_576 },
      );
      if (result.kind !== 'emit') throw new Error(result.detail);
      return result.values[0];
    });
    for (const article of articles) expect(articleJson(article)).toBe(JSON.stringify(article));
  });

  it('is JSON.stringify of any article', () => {
    const nullable = fc.option(text, { nil: null });
    const article: fc.Arbitrary<Article> = fc.record({
      articleId: text,
      url: nullable,
      source: nullable,
      title: nullable,
      publishedAt: nullable,
      ingestedAt: text,
      body: text,
      contentHash: text,
    });
    fc.assert(
      fc.property(article, (a) => articleJson(a) === JSON.stringify(a)),
      { numRuns: 2000 },
    );
  });
});
