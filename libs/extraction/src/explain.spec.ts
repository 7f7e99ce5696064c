import { explainClaims, extractClaims } from './index';

describe('explainClaims', () => {
  const body =
    'On-duty air defences intercepted and destroyed 12 Ukrainian UAVs overnight:\n\n7 – over the territory of Bryansk region,\n\n5 – over the territory of Kursk region.\n\n' +
    'Kyiv launched 30 drones at Russia on May 9, and two people were injured.';
  const { claims, decisions } = explainClaims({ articleId: 'e1', body, publishedAt: '2025-05-10' });

  it('gives the same claims as extractClaims', () => {
    expect(claims).toEqual(extractClaims({ articleId: 'e1', body, publishedAt: '2025-05-10' }));
  });

  it('decides every number in the article, in order, with the rule that decided it', () => {
    expect(decisions.map((d) => [d.text.split(' ')[0], d.claim])).toEqual([
      ['12', true],
      ['7', true],
      ['5', true],
      ['30', false],
      ['9', false],
      ['two', false],
    ]);
    expect(decisions[0]!.rule).toMatch(/destroyed/);
    expect(decisions[1]!.rule).toMatch(/verbless breakdown/);
    for (const d of decisions) expect(body.slice(d.start, d.end)).toBe(d.text);
  });

  it('links a verbless breakdown to its total', () => {
    const total = claims.find((c) => c.count === 12)!;
    expect(claims.filter((c) => c.partOf === total.claimId).map((c) => c.count)).toEqual([7, 5]);
  });

  it('says why a launched count is not a claim', () => {
    const r = explainClaims({
      articleId: 'e2',
      body: 'Russia launched 45 drones overnight; air defences shot down 38.',
    });
    expect(r.decisions.map((d) => [d.text, d.claim])).toEqual([
      ['45 drones', false],
      ['38', true],
    ]);
    expect(r.decisions[0]!.rule).toMatch(/launched/);
  });
});
