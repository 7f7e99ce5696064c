import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MAX_SPECIFICS_CODE,
  codeAlignment,
  sentenceAlignment,
  sentenceSpecifics,
  specificsCode,
  specificsOf,
} from './retranslation.signals';

describe('retranslation signals', () => {
  it('reads numbers as digits or words, months, and names folded so transliterations agree', () => {
    expect(specificsOf('Air defences downed nine drones over Odesa on 19 August, Kovalchuk said.')).toEqual(
      specificsOf('Air defense shot down 9 drones over Odessa on 19 august, Kovalchuk reported.'),
    );
    expect(specificsOf('Drones hit Kiev')).toEqual(specificsOf('Drones hit Kyiv'));
    expect(specificsOf('Air defence destroyed 1,200 drones')).toEqual(['n1200']);
  });

  it('drops short lines and openings (datelines, "SITE: ", TASS) before splitting into sentences', () => {
    const body =
      'Breaking\n\nMOSCOW, December 14. /TASS/. Air defences destroyed 17 drones over the Moscow Region. Flights were held.\n\n' +
      'Restrictions were imposed at Sheremetyevo airport overnight.';
    expect(sentenceSpecifics(body)).toEqual([['n17', 'cmscw', 'crgn'], [], ['cshrm']]);
  });

  it('aligns sentences in order: a text with itself scores 1, the same sentences reversed less', () => {
    const a = [['n9', 'cds'], ['cblh'], ['n2', 'ckyv'], ['n3']];
    expect(sentenceAlignment(a, a)).toBe(1);
    expect(sentenceAlignment(a, [...a].reverse())).toBe(0.25);
    expect(sentenceAlignment(a, a.slice(0, 2))).toBe(0.5);
    expect(sentenceAlignment([], [])).toBe(0);
  });

  it('the index form (16-bit tokens, empty sentences left out) aligns as the strings do on every dev pair of one story', () => {
    const dev = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'dedup', 'real', 'dev.jsonl');
    if (!existsSync(dev)) return;
    const records = readFileSync(dev, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { article: { body: string }; label: { story: string } });
    let pairs = 0;
    for (const [i, x] of records.entries())
      for (const y of records.slice(i + 1)) {
        if (x.label.story !== y.label.story) continue;
        const code = specificsCode(y.article.body);
        expect(codeAlignment(specificsCode(x.article.body), code, 0, code.length)).toBeCloseTo(
          sentenceAlignment(sentenceSpecifics(x.article.body), sentenceSpecifics(y.article.body)),
          12,
        );
        pairs++;
      }
    expect(pairs).toBeGreaterThan(50);
  });

  it('keeps the index form bounded, cut between sentences, and reads another format as none', () => {
    const long = Array.from({ length: 200 }, (_, i) => `Unit ${i} downed ${i + 2} drones over Kursk on ${i} May.`).join(
      ' ',
    );
    const code = specificsCode(long);
    expect(code.length).toBeLessThanOrEqual(MAX_SPECIFICS_CODE);
    expect(codeAlignment(code, code, 0, code.length)).toBeGreaterThan(0);
    const other = Uint16Array.from([2, ...code.subarray(1)]);
    expect(codeAlignment(other, code, 0, code.length)).toBe(0);
  });
});
