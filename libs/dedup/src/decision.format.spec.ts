import { toDedupLine } from './decision.format';

describe('toDedupLine', () => {
  it('has null fields for unique and the verdict fields for duplicates', () => {
    expect(toDedupLine('a', { verdict: 'unique', changes: [] })).toEqual({ articleId: 'a', verdict: 'unique', duplicateOf: null, kind: null, similarity: null });
    expect(toDedupLine('b', { verdict: 'duplicate', duplicateOf: 'a', similarity: 0.8, kind: 'near', changes: [] })).toEqual({
      articleId: 'b', verdict: 'duplicate', duplicateOf: 'a', kind: 'near', similarity: 0.8,
    });
  });
});
