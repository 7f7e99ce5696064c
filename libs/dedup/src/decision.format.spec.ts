import { toDedupLine } from './decision.format';

describe('toDedupLine', () => {
  it('has null fields for unique and the verdict fields for duplicates, and the rule that decided', () => {
    expect(toDedupLine('a', { verdict: 'unique', rule: 'guard-numbers', changes: [] })).toEqual({
      articleId: 'a',
      verdict: 'unique',
      duplicateOf: null,
      kind: null,
      similarity: null,
      rule: 'guard-numbers',
    });
    expect(
      toDedupLine('b', {
        verdict: 'duplicate',
        duplicateOf: 'a',
        similarity: 0.8,
        kind: 'near',
        rule: 'containment',
        changes: [],
      }),
    ).toEqual({
      articleId: 'b',
      verdict: 'duplicate',
      duplicateOf: 'a',
      kind: 'near',
      similarity: 0.8,
      rule: 'containment',
    });
  });
});
