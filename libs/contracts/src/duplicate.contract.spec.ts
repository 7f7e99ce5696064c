import { type DuplicateVerdict, DuplicateVerdictSchema, checkedDuplicateVerdict } from './duplicate.contract';
import { ContractViolation, decodePayload, encodePayload } from './payloads';

const verdict = { articleId: 'b7', duplicateOf: 'a3', similarity: 0.82, kind: 'near' };

describe('checkedDuplicateVerdict, the hand-written DuplicateVerdictSchema', () => {
  const variants: Record<string, unknown>[] = [
    {},
    { similarity: 1, kind: 'exact' },
    { similarity: 0 },
    { similarity: -0 },
    { similarity: 1.0001 },
    { similarity: -0.1 },
    { similarity: Number.NaN },
    { similarity: '0.5' },
    { kind: 'copy' },
    { articleId: '' },
    { duplicateOf: '' },
    { duplicateOf: 3 },
    { extra: true },
  ];

  it('gives what the schema gives, key order included, or leaves the answer to the schema', () => {
    let fast = 0;
    for (const change of variants) {
      const value = { ...verdict, ...change };
      const checked = checkedDuplicateVerdict(value);
      const parsed = DuplicateVerdictSchema.safeParse(value);
      if (checked === null) continue;
      fast++;
      expect(parsed.success).toBe(true);
      expect(JSON.stringify(checked)).toBe(JSON.stringify(parsed.data));
    }
    // The plain verdict, the exact copy, 0 and -0.
    expect(fast).toBe(4);
    const reordered = { kind: 'near', similarity: 0.82, duplicateOf: 'a3', articleId: 'b7' };
    expect(JSON.stringify(checkedDuplicateVerdict(reordered))).toBe(JSON.stringify(verdict));
  });

  it('leaves nothing through that the schema would refuse: encodePayload names the problem', () => {
    for (const change of [{ similarity: 2 }, { kind: 'copy' }, { articleId: '' }]) {
      const value = { ...verdict, ...change } as DuplicateVerdict;
      expect(() => encodePayload('duplicates', value)).toThrow(ContractViolation);
    }
    expect(decodePayload('duplicates', JSON.stringify({ ...verdict, extra: 1 }))).toEqual(verdict);
    expect(encodePayload('duplicates', verdict as DuplicateVerdict)).toBe(JSON.stringify(verdict));
  });

  it('is written for the schema as it is: a field added or retyped there fails here until the check follows', () => {
    const kinds = Object.fromEntries(
      Object.entries(DuplicateVerdictSchema.shape).map(([key, schema]) => [
        key,
        (schema as { def: { type: string } }).def.type,
      ]),
    );
    expect(kinds).toEqual({ articleId: 'string', duplicateOf: 'string', similarity: 'number', kind: 'enum' });
  });

  it('refuses what is not an object', () => {
    for (const value of [null, [], 'b7', 1]) expect(checkedDuplicateVerdict(value)).toBeNull();
  });
});
