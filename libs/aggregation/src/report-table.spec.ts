import fc from 'fast-check';
import type { LiveReport } from './corroboration';
import { ReportTable } from './report-table';

/** The table reads nothing of a report but its claimId. */
const report = (claimId: string, version: number) => ({ claimId, version }) as unknown as LiveReport;

describe('ReportTable', () => {
  it("gets, sets, deletes and lists in a Map's order through any operations (tables growing, holes dropped, slots shifted back)", () => {
    const op = fc.record({
      del: fc.boolean(),
      key: fc.integer({ min: 0, max: 80 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const table = new ReportTable();
        const reference = new Map<string, LiveReport>();
        ops.forEach(({ del, key }, step) => {
          const id = `claim-${key}`;
          if (del) expect(table.delete(id)).toBe(reference.delete(id));
          else {
            const r = report(id, step);
            table.set(r);
            reference.set(id, r);
          }
          expect(table.size).toBe(reference.size);
          for (let j = 0; j <= 80; j++) expect(table.get(`claim-${j}`)).toBe(reference.get(`claim-${j}`));
        });
        expect(table.values()).toEqual([...reference.values()]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the order of many reports deleted and set again', () => {
    const table = new ReportTable();
    const reference = new Map<string, LiveReport>();
    for (let i = 0; i < 5_000; i++) {
      const id = `c${(i * 7919) % 3_001}`;
      if (i % 3 === 0 && reference.has(id)) {
        table.delete(id);
        reference.delete(id);
      }
      const r = report(id, i);
      table.set(r);
      reference.set(id, r);
    }
    expect(table.values()).toEqual([...reference.values()]);
    expect(table.size).toBe(reference.size);
  });
});
