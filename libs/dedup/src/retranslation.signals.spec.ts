import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MAX_SPECIFICS_CODE,
  codeAlignment,
  sentenceAlignment,
  sentenceSpecifics,
  specificsCode,
  specificsCodeOf,
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

  it('specificsCode (one scan) equals the reference made from sentenceSpecifics on every text of the dedup corpora', () => {
    const dir = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'dedup');
    const bodies: string[] = [];
    for (const file of ['corpus.jsonl', join('real', 'dev.jsonl')]) {
      if (!existsSync(join(dir, file))) continue;
      for (const l of readFileSync(join(dir, file), 'utf8').split('\n'))
        if (l.trim() !== '') bodies.push((JSON.parse(l) as { article: { body: string } }).article.body);
    }
    for (const c of JSON.parse(readFileSync(join(dir, 'dedup.cases.json'), 'utf8')) as {
      a: { body: string };
      b: { body: string };
    }[])
      bodies.push(c.a.body, c.b.body);
    // edge cases: runs of spaces, odd whitespace, quotes, numbers with commas and points, name-like words
    bodies.push(
      "KYIV (Reuters) -  Air defences downed 1,200.5 drones over Kyiv.  \u201cFive\u201d more fell near Odessa on 3 May.\u00a0Then SEPTEMBER came, said O'Brien-Smith and Aaa.",
      'Voronin: The constructor of Constructor said nine, Ninety and twenty-one; Kyiv. Kiev. 5. 6.\n\nshort line\n\n' +
        Array.from({ length: 300 }, (_, i) => `Item ${i} fell over Zzzyyx on ${i % 28} June.`).join(' '),
    );
    expect(bodies.length).toBeGreaterThan(900);
    for (const b of bodies) expect([...specificsCode(b)]).toEqual([...specificsCodeOf(sentenceSpecifics(b))]);
  });
});
