import { decodePayload } from './payloads';
import { ClaimRecordSchema, ClaimSchema, checkedClaimRecord } from './claim.contract';

const record = {
  articleId: 'a1',
  count: 20,
  qualifier: 'exact',
  weapon: 'drone',
  scope: 'region',
  regions: ['RU-BRY'],
  country: 'RU',
  claimant: 'ministry',
  eventDate: '2025-06-02',
  evidence: { text: '20 over the Bryansk region', start: 10, end: 36 },
  claimId: 'c1',
  regionKey: 'RU-BRY',
  eventTime: '2025-06-02T00:00:00.000Z',
  publishedAt: '2025-06-02T08:00:00.000Z',
  ingestedAt: '2025-06-02T08:00:01.000Z',
  partOf: 'c0',
};

describe('the claim record contract', () => {
  it('accepts a record and gives back its fields, and drops keys it does not know', () => {
    const decoded = decodePayload(
      'claims',
      JSON.stringify({ ...record, extra: 1, evidence: { ...record.evidence, x: 2 } }),
    );
    expect(decoded).toEqual(record);
    expect(Object.keys(decoded)).toEqual(Object.keys(record));
  });

  it('keeps the scope rule of a claim: region scope needs regions, country scope has none', () => {
    expect(() => decodePayload('claims', JSON.stringify({ ...record, regions: [] }))).toThrow(
      /region scope needs regions/,
    );
    expect(() => decodePayload('claims', JSON.stringify({ ...record, scope: 'country', regionKey: 'RU' }))).toThrow(
      /country scope has none/,
    );
    expect(decodePayload('claims', JSON.stringify({ ...record, scope: 'country', regions: [] })).scope).toBe('country');
    expect(ClaimSchema.safeParse({ ...record, regions: [] }).success).toBe(false);
  });

  it("checks a record's own fields and a claim's alike", () => {
    const broken: Record<string, unknown>[] = [
      { claimId: '' },
      { regionKey: 'R' },
      { eventTime: '2025-06-02' },
      { publishedAt: 'yesterday' },
      { attributed: -1 },
      { count: 0 },
      { weapon: 'balloon' },
      { eventDate: '2 June' },
      { evidence: { text: 'x', start: -1, end: 1 } },
    ];
    for (const change of broken) expect(ClaimRecordSchema.safeParse({ ...record, ...change }).success).toBe(false);
    const { claimId: _, ...claim } = record;
    expect(ClaimRecordSchema.safeParse(claim).success).toBe(false);
    expect(ClaimSchema.safeParse(claim).success).toBe(true);
  });
});

describe('checkedClaimRecord, the hand-written ClaimRecordSchema', () => {
  const { publishedAt: _p, ingestedAt: _i, partOf: _o, ...bare } = record;
  /** One change per case, valid or not: each must give what the schema gives, or be left to it. */
  const variants: Record<string, unknown>[] = [
    {},
    { attributed: 0, partOf: null, publishedAt: null },
    { scope: 'country', regions: [], regionKey: 'RU' },
    { claimant: null, eventDate: null },
    { regions: ['RU-BRY', 'RU-KRS'] },
    { regionKey: '😀' },
    { regionKey: 'R😀' },
    { country: '😀' },
    { country: 'RUS' },
    { regions: ['R'] },
    { regions: 'RU-BRY' },
    { regions: [] },
    { scope: 'country' },
    { count: 0 },
    { count: 2.5 },
    { count: 2 ** 53 + 2 },
    { attributed: -1 },
    { qualifier: 'roughly' },
    { weapon: 'balloon' },
    { eventDate: '2 June' },
    { eventTime: '2025-02-29T00:00:00Z' },
    { eventTime: '2025-06-02T08:00:00+02:00' },
    { publishedAt: 'yesterday' },
    { ingestedAt: null },
    { partOf: 3 },
    { evidence: { text: 'x', start: 1 } },
    { evidence: { text: 'x', start: 1, end: 2, extra: true } },
    { evidence: null },
    { claimId: '' },
    { extra: 1 },
  ];

  it('gives what the schema gives, key order included, or leaves the answer to the schema', () => {
    let fast = 0;
    for (const base of [record, bare]) {
      for (const change of variants) {
        const value = JSON.parse(JSON.stringify({ ...base, ...change })) as unknown;
        const checked = checkedClaimRecord(value);
        const parsed = ClaimRecordSchema.safeParse(value);
        if (checked === null) continue;
        fast++;
        expect(parsed.success).toBe(true);
        expect(JSON.stringify(checked)).toBe(JSON.stringify(parsed.data));
      }
    }
    // The first five variants, on both bases ("R😀" is valid too, but a surrogate pair is left to zod).
    expect(fast).toBe(10);
  });

  it('refuses what is not an object', () => {
    for (const value of [null, [], 'c1', 3]) expect(checkedClaimRecord(value)).toBeNull();
  });
});
