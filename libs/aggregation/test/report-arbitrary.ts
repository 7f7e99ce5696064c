/**
 * Test helper: the reports of a generated claim stream (horizon.spec.ts,
 * checkpoint.spec.ts): over 60 days from DAY0, on whole hours, arriving
 * within 40 hours of their event, three articles a day.
 */
import fc from 'fast-check';

export const H = 3_600_000;
export const DAY = 24 * H;
export const DAY0 = Date.parse('2025-03-01T00:00:00.000Z');

export const arbReport = fc.record({
  day: fc.integer({ min: 0, max: 60 }),
  hour: fc.integer({ min: 0, max: 23 }),
  where: fc.oneof(
    fc.constant([] as string[]),
    fc.subarray(['RU-BRY', 'RU-KLU', 'RU-TUL', 'SEA-BLACK'], { minLength: 1, maxLength: 2 }),
  ),
  count: fc.integer({ min: 1, max: 3 }),
  dated: fc.boolean(),
  delayHours: fc.integer({ min: 0, max: 40 }),
  reprint: fc.integer({ min: 0, max: 2 }),
  total: fc.boolean(),
});

export type GeneratedReport = typeof arbReport extends fc.Arbitrary<infer T> ? T : never;

/** The claim fields of report `i` (claim.fixture fills in the rest). */
export function reportFields(g: GeneratedReport, i: number) {
  const time = DAY0 + g.day * DAY + (g.dated ? 0 : g.hour * H);
  const article = `d${g.day}-${g.reprint}`;
  return {
    article,
    time,
    base: {
      articleId: article,
      count: g.count,
      regions: g.where,
      scope: g.where.length ? ('region' as const) : ('country' as const),
      country: g.where.includes('SEA-BLACK') && g.reprint === 2 ? 'UA' : 'RU',
      eventDate: g.dated ? new Date(time).toISOString().slice(0, 10) : null,
      eventTime: new Date(time).toISOString(),
      ingestedAt: new Date(time + g.delayHours * H).toISOString(),
      claimId: `${article}#${i}`,
    },
  };
}
