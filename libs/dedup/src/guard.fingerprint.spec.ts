import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPlaces } from '@skytally/gazetteer';
import {
  DATELINE,
  conflicts,
  fingerprintOf,
  guardFactSet,
  guardFacts,
  guardFingerprint,
  removeDatelines,
} from './guard.fingerprint';
import { defaultPlaces } from './places.default';
import { scanText } from './text.features';

const FIXTURES = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'dedup');
const facts = (t: string) => guardFacts(t, defaultPlaces);
const conflict = (a: string, b: string) => {
  const x = fingerprintOf(facts(a));
  const y = fingerprintOf(facts(b));
  return conflicts(x, 0, x.length, y, 0, y.length);
};

describe('guard facts', () => {
  it('reads numbers as digits or words, grouped by what they count', () => {
    expect(facts('Nine drones and 1,200 people; twenty-five UAVs; a dozen missiles.')).toEqual(
      expect.arrayContaining(['n:drone=9', 'n:person=1200', 'n:drone=25', 'n:missile=12']),
    );
    expect(facts('9 drones')).toEqual(facts('nine drones'));
  });

  it('reads dates, weekdays, years and times, not as plain numbers', () => {
    expect(facts('On 3 June 2025, on Tuesday, until 04:35; June 4th.')).toEqual([
      'date=06-03',
      'date=06-04',
      'time=04:35',
      'weekday=tuesday',
      'year=2025',
    ]);
  });

  it('finds places with the default finder, and where drones were downed', () => {
    expect(facts('Drones were destroyed over the Bryansk region and in Kyiv.')).toEqual(
      expect.arrayContaining(['place=bryansk', 'place-over=bryansk', 'place=kyiv']),
    );
    expect(defaultPlaces('Governor Oleg Manturin said the Kursk Oblast and Krasnodar Krai were hit.')).toEqual([
      'kursk',
      'krasnodar',
    ]);
  });

  it('reads numeric dates and capitalised abbreviated months as dates, never as counts', () => {
    expect(facts('Launched on 09-01-2024; seen on 2024-01-10 and 11.01.2024.')).toEqual([
      'date=01-09',
      'date=01-10',
      'date=01-11',
      'year=2024',
    ]);
    // with slashes, when either could be the month, both readings
    expect(facts('on 3/4/2024')).toEqual(['date=03-04', 'date=04-03', 'year=2024']);
    expect(facts('on 3/14/2024')).toEqual(['date=03-14', 'year=2024']);
    expect(facts('The Air Force said on Oct. 27 that 101 of 122 drones were downed; Jan 2, 2024.')).toEqual(
      expect.arrayContaining(['date=10-27', 'date=01-02', 'year=2024', 'n:drone=122']),
    );
    expect(facts('The Air Force said on Oct. 27 that 101 of 122 drones were downed.')).not.toContain('n:that=27');
    // not a date: a range, or an invalid day or month
    expect(facts('9-11 drones')).toEqual(expect.arrayContaining(['n:-=9', 'n:drone=11']));
    expect(facts('1.40.2024')).not.toContain('date=40-01');
  });

  it("does not read a page's time stamps, header lines or teaser lines for numbers, dates or times", () => {
    const report = 'Air defences destroyed 31 of 36 drones overnight, the military said on Tuesday.';
    const pages = [
      `Reuters | Kyiv | Updated: 09-01-2024 11:15 IST | Created: 09-01-2024 11:15 IST\n\n${report}`,
      `Published : 09 Jan 2024, 04:10 PM\n\nUpdated : 09 Jan 2024, 04:10 PM\n\n${report}`,
      `Last updated on January 9, 2024 at 4:10 p.m. EST\n${report}`,
      `Posted 2 hours ago\n${report}`,
      `${report}\n\nPublished - August 23, 2024 12:10 pm IST`,
      `${report}\n\nRead also: Russia fired 22 drones and 5 missiles on Jan 3\n\nMore news`,
    ];
    for (const page of pages) expect(facts(page)).toEqual(facts(report));
    // a headline after "Updated" is the report, not a stamp
    expect(facts(`Updated 3 drones downed over Rostov\n${report}`)).toContain('n:drone=3');
    expect(conflict(pages[0] ?? '', pages[1] ?? '')).toBe(false);
  });

  it("does not read the page's own lines (a teaser, a promotion, tags, a byline) for places", () => {
    const report = 'Air defences destroyed nine drones over the Bryansk region on Tuesday.';
    const gazetteer = (t: string) => [...new Set(findPlaces(t).map((p) => p.code))];
    const withPlaces = (t: string) => guardFacts(t, gazetteer);
    for (const line of [
      'Read also: Drone debris damages a house in the Kyiv region',
      'Subscribe to our Telegram channel for news from Kharkiv',
      'Tags: Kyiv, drones, air defence, Odesa',
      'By Olena Petrenko in Kyiv',
    ])
      expect([line, withPlaces(`${report}\n\n${line}`)]).toEqual([line, withPlaces(report)]);
    // (unless the line tells the report's own kind of facts or opens in lower case; captions are read: a Telegram post's
    // caption line is often the report; reviews)
    for (const line of [
      'Illustrative photo: a street in the centre of Odesa',
      'Video: air defence at work over Odesa',
      'Video: air defence at work over the Kyiv region overnight, 25 drones shot down.',
      'Photos: the attack on Kharkiv on June 2, in which 3 people were killed.',
      'Topics: 40 drones shot down over the Kursk region',
      'By Dawn, Odesa Counts Damage',
      'video: 25 drones were destroyed over the Kursk region, it said.',
      '— Air Force of Ukraine (@KpsZSU) June 3, 2025',
    ])
      expect([line, withPlaces(`${report}\n${line}`)]).not.toEqual([line, withPlaces(report)]);
    // (and their places are read where the rest of the text names none)
    expect(withPlaces('Debris fell on a warehouse, the emergency service said.\nTags: Odesa, drones')).toEqual([
      'place=ua-51',
    ]);
  });

  it('does not take object keys for words', () => {
    expect(facts('the constructor of toString drones')).toEqual([]);
  });
});

describe('conflicts', () => {
  const report = 'Air defences destroyed nine drones over the Bryansk region on Tuesday; 4 over the Kursk region.';
  it('keeps apart other numbers, other regions, other days', () => {
    expect(conflict(report, report.replace('nine', 'eleven'))).toBe(true);
    expect(conflict(report, report.replace('Bryansk', 'Oryol'))).toBe(true);
    expect(conflict(report, report.replace('Tuesday', 'Wednesday'))).toBe(true);
  });
  it('lets a copy have fewer facts (a cut) or more (boilerplate)', () => {
    expect(conflict(report, 'Air defences destroyed nine drones over the Bryansk region on Tuesday.')).toBe(false);
    expect(conflict(report, `KYIV, June 3 - ${report} Copyright 2025. Subscribe for 5 euros.`)).toBe(false);
    expect(conflict(report, report)).toBe(false);
  });
});

describe('removeDatelines', () => {
  it('removes what the global DATELINE regex removes, on every fixture text and each with datelines added', () => {
    const texts: string[] = [
      'KYIV, June 3 (Reuters) - Drones.',
      '\nMOSCOW — x\nKYIV - y\n\nLONDON (AP) -- z',
      'A - b\nAB - c',
      '\n\nA. - q',
      '',
      '\n',
      'KYIV, June 3 (Reuters) - A\nB - c\nKYIV — KYIV — d',
    ];
    for (const file of ['real/dev.jsonl', 'real/test.jsonl', 'corpus.jsonl']) {
      for (const line of readFileSync(join(FIXTURES, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const record = JSON.parse(line) as { article: { body: string } };
        texts.push(record.article.body);
        const lines = record.article.body.split('\n');
        texts.push(lines.map((l, i) => (i % 2 === 1 ? `KYIV, June ${i} (Reuters) - ` : 'MOSCOW — ') + l).join('\n'));
      }
    }
    let changed = 0;
    for (const text of texts) {
      const expected = text.replace(DATELINE, '$1');
      if (expected !== text) changed++;
      expect(removeDatelines(text)).toBe(expected);
    }
    expect(changed).toBeGreaterThan(texts.length / 3);
  });
});

/**
 * The core takes its fingerprint from guardFingerprint, which hashes each
 * fact's parts into its token without making the "group=value" string; it
 * must give fingerprintOf(guardFactSet(…)) exactly, and the same counts.
 */
describe('guardFingerprint = fingerprintOf(guardFactSet)', () => {
  const gazetteer = (t: string) => [...new Set(findPlaces(t).map((p) => p.code))];
  it.each([
    ['the default place finder, numbers by noun', defaultPlaces, 'unit'],
    ['the gazetteer, numbers by noun', gazetteer, 'unit'],
    ['the default place finder, numbers as one set', defaultPlaces, 'set'],
  ] as const)('on every body of the dedup corpora, with %s', (_name, places, grouping) => {
    let compared = 0;
    for (const file of ['corpus.jsonl', 'real/dev.jsonl', 'real/test.jsonl']) {
      for (const line of readFileSync(join(FIXTURES, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const { body } = (JSON.parse(line) as { article: { body: string } }).article;
        const scan = scanText(body.toLowerCase());
        const countsA: number[] = [];
        const countsB: number[] = [];
        const expected = [...fingerprintOf(guardFactSet(body, places, grouping, scan, countsA))];
        const actual = [...guardFingerprint(body, places, grouping, scan, countsB)];
        if (actual.join() !== expected.join()) expect(actual).toEqual(expected);
        expect(countsB).toEqual(countsA);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
