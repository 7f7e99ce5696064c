/**
 * Page furniture between paragraphs is no sentence of the story: a count keeps its restatement, its breakdown and its
 * speaker across "Advertisement", "5 min read" or a photo credit (furniture.ts). Before, such a line between the dev
 * split's paragraphs changed the claims of 19 of 335 passages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBody } from '@skytally/text';
import { withoutFurniture } from './furniture';
import { splitSentences } from './sentences';
import { identities, identityRows } from '../test/identities';

const kept = (body: string) => withoutFurniture(splitSentences(body), '2025-03-10T08:00:00Z').map((s) => s.text);

describe('withoutFurniture', () => {
  it('drops short lines that end no sentence and name no threat, interception, place or date', () => {
    const body = [
      'Drones downed over Bryansk',
      'Advertisement',
      'Air defence destroyed 12 drones, the ministry said.',
      '5 min read',
      'Photo: Reuters / File',
      'Share this article',
      'Nobody was hurt.',
    ].join('\n\n');
    expect(kept(body)).toEqual([
      'Drones downed over Bryansk',
      'Air defence destroyed 12 drones, the ministry said.',
      'Nobody was hurt.',
    ]);
  });

  it('keeps the first line, lead-ins, breakdown lines, headings with a place and dates', () => {
    const body = [
      'Live updates',
      'These were:',
      'Kursk region — 9',
      'Over Belgorod',
      '23 December 2024',
      'Two more UAVs',
      'Interceptions overnight',
    ].join('\n');
    expect(kept(body)).toEqual(body.split('\n'));
  });

  it('returns the same array when nothing is dropped', () => {
    const sentences = splitSentences('Air defence destroyed 12 drones. Nobody was hurt.');
    expect(withoutFurniture(sentences, null)).toBe(sentences);
  });
});

describe('a count keeps the sentences around it across furniture', () => {
  identityRows([
    [
      'Russian air defence destroyed 83 drones overnight, the ministry said.\n\n5 min read\n\nThe breakdown: 64 over Bryansk, 19 over Kaluga.',
      ['19 drone @ RU-KLU', '64 drone @ RU-BRY', '83 drone @ country RU'],
    ],
    [
      'The governor of the Belgorod region said air defence was working.\n\nPhoto: Reuters / File\n\nNine drones were destroyed over his region.',
      ['9 drone @ RU-BEL'],
    ],
  ]);
});

describe('the dev split with furniture between its paragraphs', () => {
  it('keeps the claims of all but 2 of the passages it reaches (19 before furniture.ts)', () => {
    const dir = join(__dirname, '../../../tests/fixtures/extract/real/dev');
    const junk = ['Advertisement', '5 min read', 'Photo: Reuters / File', 'Comments (12)', 'Share this article'];
    let reached = 0;
    const changed: string[] = [];
    for (const file of readdirSync(dir).sort()) {
      const body = normaliseBody((JSON.parse(readFileSync(join(dir, file), 'utf8')) as { body: string }).body);
      const paragraphs = body.split('\n\n');
      if (paragraphs.length < 3) continue;
      reached++;
      const furnished = paragraphs
        .map((p, i) => (i > 0 && i < paragraphs.length - 1 ? `${p}\n\n${junk[i % junk.length]!}` : p))
        .join('\n\n');
      if (JSON.stringify(identities(furnished)) !== JSON.stringify(identities(body))) changed.push(file);
    }
    expect(reached).toBeGreaterThan(300);
    expect(changed.length).toBeLessThanOrEqual(2);
  });
});
