import type { ClaimRecord, DailyBucket, Snapshot } from '@skytally/contracts';
import { DashboardState, safeUrl } from './dashboard.state';

function snapshot(key: string, all: number): Snapshot {
  return {
    key,
    scope: 'region',
    country: 'RU',
    name: key,
    windows: { '24h': all, '7d': all, '30d': all, all },
    byWeapon: { drone: all },
    claims: 1,
    sources: 1,
    shared: { all: 0 },
    asOf: '2026-11-21T01:00:00.000Z',
  };
}

function claim(articleId: string, overrides: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    articleId,
    count: 64,
    qualifier: 'exact',
    weapon: 'drone',
    scope: 'region',
    regions: ['RU-BRY'],
    country: 'RU',
    claimant: 'Russian Ministry of Defence',
    eventDate: '2026-11-20',
    evidence: { text: '64 of these drones were shot down over Bryansk Oblast', start: 0, end: 53 },
    claimId: `${articleId}#bry`,
    regionKey: 'RU-BRY',
    eventTime: '2026-11-20T00:00:00.000Z',
    ...overrides,
  };
}

function day(key: string, d: string, count: number): DailyBucket {
  return {
    key: `${key}|${d}`,
    region: key,
    day: d,
    count,
    byWeapon: { drone: count },
    claims: 1,
    sources: 1,
    shared: 0,
  };
}

describe('DashboardState', () => {
  it('keeps the latest snapshot per key, and a tombstone removes the row', () => {
    const state = new DashboardState();
    state.applySnapshot('RU-BRY', snapshot('RU-BRY', 10));
    state.applySnapshot('RU-BRY', snapshot('RU-BRY', 64));
    state.applySnapshot('RU-KLU', snapshot('RU-KLU', 9));
    expect(state.rows().map((r) => [r.key, r.windows.all])).toEqual([
      ['RU-BRY', 64],
      ['RU-KLU', 9],
    ]);
    state.applySnapshot('RU-KLU', null);
    expect(state.rows().map((r) => r.key)).toEqual(['RU-BRY']);
  });

  it('versions by position in the topics, so replaying the same messages gives the same id', () => {
    const a = new DashboardState();
    const b = new DashboardState();
    for (const s of [a, b]) {
      s.advance('rolling', 0, '4');
      s.advance('rolling', 1, '0');
      s.advance('claims', 0, '9');
    }
    b.advance('rolling', 0, '2'); // a redelivery behind the position changes nothing
    expect(a.version).toBe('16');
    expect(b.version).toBe(a.version);
  });

  it('groups the reports of one claim, earliest first, with the number highlighted and the article joined', () => {
    const state = new DashboardState();
    state.applySnapshot('RU-BRY', snapshot('RU-BRY', 64));
    state.applyClaim(claim('a2', { eventTime: '2026-11-20T06:00:00.000Z', claimant: 'TASS' }));
    state.applyClaim(claim('a1'));
    state.applyArticle({
      articleId: 'a1',
      title: '<script>alert(1)</script>',
      source: 'Outlet',
      url: 'javascript:alert(1)',
      publishedAt: null,
    });
    const detail = state.detail('RU-BRY')!;
    expect(detail.claims).toHaveLength(1);
    const [claimView] = detail.claims;
    const [first, second] = claimView?.reports ?? [];
    expect([first?.articleId, second?.articleId]).toEqual(['a1', 'a2']);
    expect(first?.highlight && first.text.slice(...first.highlight)).toBe('64');
    expect(first).toMatchObject({ title: '<script>alert(1)</script>', source: 'Outlet', url: null });
    expect(claimView?.claimants).toEqual(['Russian Ministry of Defence', 'TASS']);
  });

  it('keeps a bounded number of reports per row and days per row, dropping the oldest', () => {
    const state = new DashboardState({ reportsPerRow: 2, historyDays: 2, articles: 1 });
    state.applySnapshot('RU-BRY', snapshot('RU-BRY', 3));
    for (const [i, d] of ['2026-11-18', '2026-11-19', '2026-11-20'].entries()) {
      state.applyClaim(claim(`a${i}`, { count: i + 1, eventDate: d, eventTime: `${d}T00:00:00.000Z` }));
      state.applyDaily(`RU-BRY|${d}`, day('RU-BRY', d, i + 1));
    }
    const detail = state.detail('RU-BRY')!;
    expect(detail.claims.map((c) => c.day)).toEqual(['2026-11-20', '2026-11-19']);
    expect(detail.daily.map((d) => d.day)).toEqual(['2026-11-19', '2026-11-20']);
    state.applyDaily('RU-BRY|2026-11-20', null);
    expect(state.detail('RU-BRY')!.daily.map((d) => d.day)).toEqual(['2026-11-19']);
  });

  it('bumps the rev of the rows an article feeds when the article arrives after its claims', () => {
    const state = new DashboardState();
    state.applySnapshot('RU-BRY', snapshot('RU-BRY', 64));
    state.applySnapshot('RU-KLU', snapshot('RU-KLU', 9));
    state.applyClaim(claim('a1'));
    const before = state.rows().map((r) => r.rev);
    state.applyArticle({ articleId: 'a1', title: 't', source: null, url: 'https://example.org/a', publishedAt: null });
    const after = state.rows().map((r) => r.rev);
    expect(after[0]).toBeGreaterThan(before[0] ?? Infinity);
    expect(after[1]).toBe(before[1]);
  });

  it('links only http(s) URLs', () => {
    expect(
      ['https://a.example/x', 'http://b.example/', 'javascript:alert(1)', 'data:text/html,x', 'not a url', null].map(
        safeUrl,
      ),
    ).toEqual(['https://a.example/x', 'http://b.example/', null, null, null, null]);
  });
});
