import { ArticleSchema, checkedArticle } from './article.contract';
import { ContractViolation, decodePayload } from './payloads';

const article = {
  articleId: 'a1',
  url: 'https://example.org/a1',
  source: 'example.org',
  title: 'Drones downed',
  publishedAt: '2025-06-02T08:00:00.000Z',
  ingestedAt: '2025-06-02T08:00:01.5Z',
  body: 'Air defences downed 20 drones over the Bryansk region.',
  contentHash: 'ab'.repeat(32),
};

/** One change to a field (or to the keys) per case, valid or not. */
const variants: Record<string, unknown>[] = [
  {},
  { url: null, source: null, title: null, publishedAt: null },
  { publishedAt: '2024-02-29T23:59:59Z' },
  { publishedAt: '2025-02-29T00:00:00Z' },
  { publishedAt: '2025-06-02T08:00:00+02:00' },
  { publishedAt: '2025-06-02' },
  { publishedAt: '2025-13-02T08:00:00Z' },
  { ingestedAt: null },
  { ingestedAt: '2025-06-02T24:00:00Z' },
  { articleId: '' },
  { articleId: 7 },
  { body: '' },
  { title: 3 },
  { url: undefined },
  { contentHash: 'AB'.repeat(32) },
  { contentHash: 'ab'.repeat(31) },
  { extra: 'kept out' },
];

describe('checkedArticle, the hand-written ArticleSchema', () => {
  it('gives what the schema gives, key order included, or leaves the answer to the schema', () => {
    let fast = 0;
    for (const change of variants) {
      const value = JSON.parse(JSON.stringify({ ...article, ...change })) as unknown;
      const checked = checkedArticle(value);
      const parsed = ArticleSchema.safeParse(value);
      if (checked === null) continue;
      fast++;
      expect(parsed.success).toBe(true);
      expect(JSON.stringify(checked)).toBe(JSON.stringify(parsed.data));
    }
    // The valid articles without other keys: the plain one, the nulls and the leap day.
    expect(fast).toBe(3);
  });

  it('leaves nothing through that the schema would refuse: decodePayload names the problem', () => {
    for (const change of [{ publishedAt: '2025-02-29T00:00:00Z' }, { contentHash: 'x' }, { body: '' }]) {
      expect(() => decodePayload('unique', JSON.stringify({ ...article, ...change }))).toThrow(ContractViolation);
    }
    expect(decodePayload('ingested', JSON.stringify({ ...article, extra: 1 }))).toEqual(article);
  });

  it('is written for the schema as it is: a field added or retyped there fails here until the check follows', () => {
    const kinds = Object.fromEntries(
      Object.entries(ArticleSchema.shape).map(([key, schema]) => [key, (schema as { def: { type: string } }).def.type]),
    );
    expect(kinds).toEqual({
      articleId: 'string',
      url: 'nullable',
      source: 'nullable',
      title: 'nullable',
      publishedAt: 'nullable',
      ingestedAt: 'string',
      body: 'string',
      contentHash: 'string',
    });
  });
  it('refuses what is not an object', () => {
    for (const value of [null, [], 'a1', 3]) expect(checkedArticle(value)).toBeNull();
  });
});
