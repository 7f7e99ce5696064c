/** Runs the table cases in tests/fixtures/aggregate/*.cases.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SnapshotSchema } from '@skytally/contracts';
import { AggregateCore, type AggregateOptions } from './aggregate.core';
import { claim, type ClaimInput } from '../test/claim.fixture';
import { must } from '../test/must';

const dir = join(__dirname, '../../../tests/fixtures/aggregate');
const load = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

type Input = ClaimInput & { id?: string };

interface WindowCase {
  name: string;
  options: AggregateOptions;
  now: string;
  claims: Input[];
  expect: { asOf: string; windows: Record<string, object>; late: string[] };
}

interface CorroborationCase {
  name: string;
  claims: Input[];
  rows: Record<string, Record<string, unknown>>;
  days?: Record<string, Record<string, unknown>>;
}

const toClaim = ({ id, ...rest }: Input) => claim({ ...rest, ...(id ? { claimId: id } : {}) });

describe('windows and watermark (windows.cases.json)', () => {
  const { cases } = load<{ cases: WindowCase[] }>('windows.cases.json');
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const core = new AggregateCore({ ...c.options, now: () => Date.parse(c.now) });
    const late: string[] = [];
    for (const input of c.claims) {
      const record = toClaim(input);
      if (core.apply(record).late) late.push(record.claimId);
    }
    expect(core.asOf()).toBe(c.expect.asOf);
    expect(late).toEqual(c.expect.late);
    for (const [key, windows] of Object.entries(c.expect.windows)) {
      expect(core.snapshots([key])[0]?.windows).toEqual(windows);
    }
  });
});

describe('corroboration (corroboration.cases.json)', () => {
  const { cases } = load<{ cases: CorroborationCase[] }>('corroboration.cases.json');
  const orders = (n: number): number[][] => {
    const id = [...Array(n).keys()];
    return [id, [...id].reverse(), [...id.slice(1), ...id.slice(0, 1)]];
  };
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    // Ingested at noon on 10 June, or when the (undated) report was written if later: a claim never arrives before its article.
    const arrival = (input: Input) =>
      !input.eventDate && input.eventTime && input.eventTime > '2025-06-10T12:00:00.000Z'
        ? input.eventTime
        : '2025-06-10T12:00:00.000Z';
    const records = c.claims.map((input) => toClaim({ ...input, ingestedAt: arrival(input) }));
    const results = orders(records.length).map((order) => {
      const core = new AggregateCore({ now: () => Date.parse('2025-06-12T00:00:00.000Z') });
      for (const i of order) core.apply(must(records[i]));
      return { snapshots: core.snapshots(), days: core.dailyBuckets() };
    });
    for (const r of results.slice(1)) expect(r).toEqual(must(results[0]));

    const { snapshots, days } = must(results[0]);
    for (const s of snapshots) SnapshotSchema.parse(s);
    for (const [key, want] of Object.entries(c.rows)) {
      const s = snapshots.find((x) => x.key === key);
      expect(s).toBeDefined();
      const got: Record<string, unknown> = {
        all: s!.windows.all,
        shared: s!.shared.all,
        claims: s!.claims,
        sources: s!.sources,
        byClaimant: s!.byClaimant,
        byWeapon: s!.byWeapon,
        country: s!.country,
      };
      for (const [field, value] of Object.entries(want)) expect([key, field, got[field]]).toEqual([key, field, value]);
    }
    for (const [key, want] of Object.entries(c.days ?? {})) {
      expect(days.find((d) => d.key === key)).toMatchObject(want);
    }
  });
});
