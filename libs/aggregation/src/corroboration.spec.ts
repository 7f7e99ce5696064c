import fc from 'fast-check';
import { claim } from '../test/claim.fixture';
import { must } from '../test/must';
import {
  ArticleFacts,
  type ClaimGroup,
  IdentityGroups,
  identityOf,
  type LiveReport,
  liveReport,
} from './corroboration';
import { shiftDay, utcDay } from './time.util';

const DAY = 86_400_000;
const DAY0 = Date.parse('2025-06-01T00:00:00.000Z');

/** The rule as written in the doc block, over the whole set at once: the reference. */
function reference(identity: string, reports: LiveReport[]): string[] {
  const dated = new Map<string, LiveReport[]>();
  for (const r of reports)
    if (r.claim.eventDate) dated.set(r.claim.eventDate, [...(dated.get(r.claim.eventDate) ?? []), r]);
  const groups = new Map<string, { timing: LiveReport[]; all: LiveReport[] }>();
  for (const [d, rs] of dated) groups.set(`${identity}|${d}|d`, { timing: rs, all: [...rs] });
  for (const r of reports) {
    if (r.claim.eventDate) continue;
    const day = utcDay(r.time);
    const t = [day, shiftDay(day, -1), shiftDay(day, 1)].find((d) => dated.has(d));
    const id = t ? `${identity}|${t}|d` : `${identity}|${day}|u`;
    const g = groups.get(id) ?? { timing: [], all: [] };
    if (!t) g.timing.push(r);
    g.all.push(r);
    groups.set(id, g);
  }
  const sorted = (values: string[]) => [...new Set(values)].sort().join(',');
  return [...groups]
    .map(
      ([id, g]) =>
        `${id} t=${Math.min(...g.timing.map((r) => r.time))} ${sorted(g.all.map((r) => r.claim.claimId))}` +
        ` a=${sorted(g.all.map((r) => r.claim.articleId))} c=${sorted(g.all.map((r) => r.claimantKey))}` +
        ` partOnly=${g.all.every((r) => Boolean(r.claim.partOf))}`,
    )
    .sort();
}

const show = (gs: ClaimGroup[]) =>
  gs
    .map(
      (g) =>
        `${g.id} t=${g.time} ${g.members.join(',')} a=${g.articles.join(',')} c=${g.claimants.join(',')}` +
        ` partOnly=${g.partOnly}`,
    )
    .sort();

/** Report `i`; articles, claimants and totals from small pools, so claims share them. */
function report(
  i: number,
  day: number,
  hour: number,
  dated: boolean,
  article = i,
  claimant = 0,
  part = false,
): LiveReport {
  const time = DAY0 + day * DAY + hour * 3_600_000;
  const c = claim({
    articleId: `a${article}`,
    claimId: `c${i}`,
    eventTime: new Date(time).toISOString(),
    eventDate: dated ? utcDay(time) : null,
    partOf: part ? `t${article}` : null,
  });
  return liveReport({ claim: c, time, arrival: 0, regions: c.regions, claimantKey: `k${claimant}` });
}

describe('IdentityGroups', () => {
  it('regrouping only the days a change can reach, or joining one claim in place, gives the same claims as grouping everything', () => {
    const step = fc.record({
      day: fc.integer({ min: 0, max: 12 }),
      hour: fc.integer({ min: 0, max: 23 }),
      dated: fc.boolean(),
      remove: fc.nat(),
      article: fc.integer({ min: 0, max: 5 }),
      claimant: fc.integer({ min: 0, max: 2 }),
      part: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const identity = identityOf(claim({ eventTime: new Date(DAY0).toISOString() }), ['RU-BRY']);
        const groups = new IdentityGroups(identity);
        const live: LiveReport[] = [];
        steps.forEach((s, i) => {
          // Mostly adds; now and then remove an earlier report instead.
          if (live.length > 0 && s.remove % 4 === 0) {
            const [gone] = live.splice(s.remove % live.length, 1);
            groups.remove(must(gone));
          } else {
            const r = report(i, s.day, s.hour, s.dated, s.article, s.claimant, s.part);
            live.push(r);
            groups.add(r);
          }
          expect(show(groups.all())).toEqual(reference(identity, live));
        });
        expect(groups.size).toBe(live.length);
      }),
      { numRuns: 300 },
    );
  });

  it('reports only the claims that changed', () => {
    const identity = 'region|RU:RU-BRY|1|drone';
    const groups = new IdentityGroups(identity);
    groups.add(report(1, 0, 0, true));
    groups.add(report(2, 5, 0, true));
    // The morning after day 0: it joins that day's claim, in place, and moves nothing else.
    const change = groups.add(report(3, 1, 8, false));
    expect(change.removed).toEqual([]);
    expect(change.added).toEqual([]);
    expect(change.grown).toMatchObject({ claimId: 'c3', newArticle: 'a3', newClaimant: null });
    expect([change.grown?.group.id, change.grown?.group.members]).toEqual([`${identity}|2025-06-01|d`, ['c1', 'c3']]);
    // A new dated day regroups the days it reaches.
    expect(groups.add(report(4, 9, 0, true)).removed).toEqual([]);
    // Day 2 gets a dated claim: c3 (undated, day 1) stays with day 0, the day before it.
    const moved = groups.add(report(5, 2, 0, true));
    expect(moved.removed).toEqual([]);
    expect(moved.added.map((g) => g.id)).toEqual([`${identity}|2025-06-03|d`]);
  });

  it("reads an article's publishedAt back as given, however it keeps it", () => {
    const arrival = Date.parse('2026-12-03T00:00:00.000Z');
    const given = [
      '2026-12-01T10:15:00.000Z', // ms after the arrival (a small integer)
      '2026-12-03T00:00:00.001Z', // after it
      '2025-01-01T00:00:00.000Z', // too far from it: ms
      '1970-01-02T00:00:00.000Z', // far, and a small number of ms: the text
      '2026-12-01T10:15:00Z', // not as iso() writes it: the text
      null,
      undefined,
    ];
    for (const publishedAt of given) {
      expect(new ArticleFacts('a1', publishedAt, undefined, arrival).publishedAt).toBe(publishedAt);
      expect(new ArticleFacts('a1', publishedAt, undefined, arrival + 0.5).publishedAt).toBe(publishedAt);
    }
  });
});
