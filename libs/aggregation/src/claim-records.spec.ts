import { ClaimRecordSchema } from '@skytally/contracts';
import { extractClaims } from '@skytally/extraction';
import { ingest } from '@skytally/ingestion';
import { toClaimRecords } from './claim-records';

function article(body: string, publishedAt?: string) {
  const outcome = ingest(
    {
      key: null,
      value: Buffer.from(JSON.stringify({ id: 'a1', body, publishedAt })),
      receivedAt: new Date('2025-06-02T08:00:00Z'),
    },
    { maxBodyBytes: 1e6 },
  );
  if (outcome.kind !== 'article') throw new Error('rejected');
  return outcome.article;
}

describe('claim records', () => {
  const a = article(
    'The defence ministry said air defences intercepted 30 drones overnight: 20 over the Bryansk region, 6 over the Kursk region and 4 over the Oryol and Tula regions.',
    '2025-06-02',
  );
  const records = toClaimRecords(a, extractClaims(a));

  it('keys each record by the row it feeds, a multi-region claim once per region', () => {
    expect(records.map((r) => r.regionKey)).toEqual(['RU', 'RU-BRY', 'RU-KRS', 'RU-ORL', 'RU-TUL']);
    const multi = records.filter((r) => r.regions.length === 2);
    expect(new Set(multi.map((r) => r.claimId)).size).toBe(1);
    for (const r of records) ClaimRecordSchema.parse(r);
  });

  it('puts on a total how much of it the article broke down', () => {
    const total = records.find((r) => r.scope === 'country')!;
    expect(total).toMatchObject({ count: 30, attributed: 30 });
    expect(
      records
        .filter((r) => r.scope === 'region')
        .every((r) => r.attributed === undefined && r.partOf === total.claimId),
    ).toBe(true);
  });

  it('windows by the claim date, else the publication date', () => {
    const first = records[0];
    if (first === undefined) throw new Error('no claim record');
    expect(first.eventTime).toBe(first.eventDate ? `${first.eventDate}T00:00:00.000Z` : a.publishedAt);
    const undated = article('Air defences shot down two drones over the Belgorod region, the governor said.');
    expect(toClaimRecords(undated, extractClaims(undated))[0]?.eventTime).toBe('2025-06-02T08:00:00.000Z');
  });

  it("carries the claim's own fields, then its times, the sum attributed to a total, and its key, in that order", () => {
    const claims = extractClaims(a);
    for (const record of records) {
      const claim = claims.find((c) => c.claimId === record.claimId)!;
      const { regionKey, eventTime, publishedAt, ingestedAt, ...own } = record;
      const { attributed, ...claimFields } = own;
      expect(claimFields).toEqual(claim);
      const times = { eventTime, publishedAt, ingestedAt };
      const tail = attributed === undefined ? { regionKey } : { attributed, regionKey };
      // The order records have always been written in (JSON on interceptions.claims).
      expect(JSON.stringify(record)).toBe(JSON.stringify({ ...claim, ...times, ...tail }));
    }
  });
});
