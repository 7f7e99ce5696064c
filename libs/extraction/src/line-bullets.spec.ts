/**
 * A bullet that opens a line is read as line breaks (line-bullets.ts, rule lineBullets). Before it, an emoji put before
 * each paragraph of the dev split changed the claims of 43 to 45 of its 2,565 passages, "- " before each 41.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBody } from '@skytally/text';
import { identities, identityRows } from '../test/identities';
import { extractClaims } from './extract-claims';
import { blankLineBullets } from './line-bullets';
import { withRulesOff } from './rules';

describe('blankLineBullets', () => {
  it('reads a bullet and its spaces at the start of a line as line breaks, one for one', () => {
    const text =
      '🔹KYIV, Ukraine — Air defence shot down 12 drones.\n⚡️ Five more fell over the Kyiv region.\n- A roof was damaged.';
    const blanked = blankLineBullets(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.split('\n').filter(Boolean)).toEqual([
      'KYIV, Ukraine — Air defence shot down 12 drones.',
      'Five more fell over the Kyiv region.',
      'A roof was damaged.',
    ]);
  });

  it('leaves a dash inside a line, a number or a negative number opening one, and text with no bullet', () => {
    for (const text of [
      'Bryansk region – 12 drones, Kursk region – 9.',
      '1. Bryansk region: 12\n2. Kursk region: 9',
      'Air defence shot down 12 drones.\n-5 degrees at night.',
      'Air defence shot down 12 drones over the Kursk region.',
    ])
      expect(blankLineBullets(text)).toBe(text);
  });

  it('is the text itself with the rule off', () => {
    expect(withRulesOff(['lineBullets'], () => blankLineBullets('🔹 Drones were shot down.'))).toBe(
      '🔹 Drones were shot down.',
    );
  });
});

describe('claims from bulleted text', () => {
  const POST = [
    '🔹MOSCOW, May 4 - Air defence systems destroyed 15 Ukrainian drones overnight, the Defence Ministry said:',
    '▪️ 9 – over the territory of the Bryansk region,',
    '▪️ 6 – over the territory of the Kursk region.',
  ].join('\n');

  identityRows([[POST, ['15 drone @ country RU', '6 drone @ RU-KRS', '9 drone @ RU-BRY']]]);

  it('reads the dateline after an emoji as a dateline, and not as the place, only with the rule on', () => {
    const text =
      '🔴 KYIV, Ukraine — Air defence forces shot down 40 of the 52 drones Russia launched overnight, the air force said.';
    expect(identities(text)).toEqual(['40 drone @ country UA']);
    expect(withRulesOff(['lineBullets'], () => identities(text))).not.toEqual(['40 drone @ country UA']);
  });

  it('quotes the evidence without its bullet', () => {
    const claims = extractClaims({ articleId: 'a', body: POST, publishedAt: '2025-05-04T08:00:00Z' });
    expect(claims.map((c) => c.evidence.text)).toContain('9 – over the territory of the Bryansk region');
  });
});

describe('the dev corpus with bullets before its paragraphs', () => {
  const dir = join(__dirname, '../../../tests/fixtures/extract/real/dev');
  const bodies = readdirSync(dir)
    .sort()
    .map((f) => normaliseBody((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { body: string }).body));

  it.each([
    ['an emoji glued to each paragraph', (p: string, i: number) => `${i % 2 ? '⚡️' : '🔹'}${p}`],
    ['an emoji and a space before each paragraph', (p: string, i: number) => `${i % 2 ? '❗️' : '🔴'} ${p}`],
    ['"- " before each paragraph', (p: string) => `- ${p}`],
    ['"• " before each paragraph', (p: string) => `• ${p}`],
  ])('keeps every claim with %s', (_, bullet) => {
    const changed: string[] = [];
    for (const body of bodies) {
      const other = body.split('\n\n').map(bullet).join('\n\n');
      if (JSON.stringify(identities(other)) !== JSON.stringify(identities(body))) changed.push(body.slice(0, 60));
    }
    expect(changed).toEqual([]);
  });
});
