/**
 * Event time comes from input. No claim, however it is dated, may move asOf
 * past the clock or change the windows of rows it does not touch.
 */
import fc from 'fast-check';
import type { ClaimRecord } from '@skytally/contracts';
import { AggregateCore } from './aggregate.core';
import { claim } from '../test/claim.fixture';
import { must } from '../test/must';

const H = 3_600_000;
const NOW = Date.parse('2025-06-10T12:00:00.000Z');
const at = (ms: number) => new Date(ms).toISOString();

/** An ordinary stream: a week of reports over three regions, each ingested an hour after it was published. */
function ordinary(): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 0; i < 40; i++) {
    const published = NOW - (i * 4 + 2) * H;
    out.push(
      claim({
        articleId: `n${i}`,
        regions: [must(['RU-BRY', 'RU-KLU', 'RU-TUL'][i % 3])],
        count: 1 + (i % 5),
        eventTime: at(published),
        publishedAt: at(published),
        ingestedAt: at(published + H),
      }),
    );
  }
  return out;
}

function withOrdinary(): AggregateCore {
  const core = new AggregateCore({ now: () => NOW });
  for (const c of ordinary()) core.apply(c);
  core.flush();
  return core;
}

const hostile: Array<[string, Partial<ClaimRecord> & { eventTime: string }, string | null]> = [
  [
    'published in 2999 (undated)',
    { eventTime: '2999-01-01T00:00:00.000Z', publishedAt: '2999-01-01T00:00:00.000Z', ingestedAt: at(NOW) },
    'future_event_time',
  ],
  [
    'an eventDate in 2999 in an article of today',
    { eventDate: '2999-01-01', eventTime: '2999-01-01T00:00:00.000Z', publishedAt: at(NOW - H), ingestedAt: at(NOW) },
    null,
  ],
  [
    'an eventDate a week after its article',
    { eventDate: '2025-06-17', eventTime: '2025-06-17T00:00:00.000Z', publishedAt: at(NOW - H), ingestedAt: at(NOW) },
    null,
  ],
  ['ingested in 2999', { eventTime: at(NOW), ingestedAt: '2999-01-01T00:00:00.000Z' }, 'future_arrival'],
  ['an event in 1900', { eventTime: '1900-01-01T00:00:00.000Z', ingestedAt: at(NOW) }, 'event_time_out_of_range'],
  [
    'an eventDate in 1900',
    { eventDate: '1900-01-01', eventTime: '1900-01-01T00:00:00.000Z', ingestedAt: at(NOW) },
    'event_time_out_of_range',
  ],
  ['not a date at all', { eventTime: 'soon', ingestedAt: at(NOW) }, 'invalid_time'],
  ['an impossible calendar date', { eventDate: '2025-02-30', eventTime: at(NOW), ingestedAt: at(NOW) }, 'invalid_time'],
];

describe('hostile dates', () => {
  it.each(hostile)('%s: asOf stays at or before now, other rows are untouched', (_name, dates, reason) => {
    const core = withOrdinary();
    const before = core.snapshots();
    const asOfBefore = core.asOf();
    const result = core.apply(claim({ articleId: 'hostile', regions: ['RU-ORL'], count: 50, ...dates }));
    if (reason) expect(result.rejected?.reason).toBe(reason);
    else expect(result.rejected).toBeUndefined();
    expect(Date.parse(core.asOf()!)).toBeLessThanOrEqual(NOW);
    expect(core.asOf()).toBe(asOfBefore);
    const after = core.snapshots().filter((s) => s.key !== 'RU-ORL');
    expect(after).toEqual(before);
    core.flush();
    expect(core.snapshots().filter((s) => s.key !== 'RU-ORL')).toEqual(before);
  });

  it('counts a report dated after its article on the article’s day, and says so', () => {
    const core = withOrdinary();
    const result = core.apply(
      claim({
        articleId: 'ahead',
        regions: ['RU-ORL'],
        count: 7,
        eventDate: '2999-01-01',
        eventTime: '2999-01-01T00:00:00.000Z',
        publishedAt: at(NOW - H),
        ingestedAt: at(NOW),
      }),
    );
    expect(result.clampedFrom).toBe('2999-01-01');
    expect(result.changedDays).toEqual(['RU-ORL|2025-06-10']);
    expect(must(core.snapshots(['RU-ORL'])[0]).windows).toEqual({ '24h': 7, '7d': 7, '30d': 7, all: 7 });
  });

  it('no sequence of claims, however dated, puts asOf past the clock', () => {
    const anyTime = fc.oneof(
      fc.integer({ min: -5e12, max: 5e13 }),
      fc.integer({ min: NOW - 40 * 24 * H, max: NOW + 40 * 24 * H }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(anyTime, anyTime, fc.boolean()), { minLength: 1, maxLength: 25 }), (times) => {
        const core = new AggregateCore({ now: () => NOW });
        times.forEach(([event, arrival, dated], i) => {
          const safe = (ms: number) => at(Math.max(-8.64e15, Math.min(8.64e15, ms)));
          core.apply(
            claim({
              articleId: `h${i}`,
              eventTime: safe(event),
              ingestedAt: safe(arrival),
              eventDate: dated ? safe(event).slice(0, 10) : null,
            }),
          );
        });
        const asOf = core.asOf();
        if (asOf !== null) expect(Date.parse(asOf)).toBeLessThanOrEqual(NOW);
      }),
    );
  });
});
