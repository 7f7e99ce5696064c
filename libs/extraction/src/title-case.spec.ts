/**
 * A Title Case headline ("Ukraine Says It Downed 34 Out of 38 Russian Drones, Odesa Region Hit", as many American and
 * South Asian outlets and aggregators write them) gives the claims its sentence-case form gives. The rules read a capital
 * as a name: "Odesa Region Hit" was one place name, "Moscow Reports" a speaker's name. With the dev split's headlines
 * retyped in Title Case, 5 of 578 passages changed their claims; with foldTitleCase, 2. Wire flashes and some sites
 * print a headline in capitals ("RUSSIA SAYS IT DOWNED 27 DRONES OVER BRYANSK"), where no capital tells a name at all:
 * with the dev split's headlines (up to 160 characters) in capitals, 11 of 606 passages changed their claims; with the
 * all-capitals fold (sentence case, abbreviations kept, one character for one), 2.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBody } from '@skytally/text';
import { extractClaims } from './extract-claims';
import { foldTitleCase } from './typography';
import { identities, identityRows } from '../test/identities';

/** A headline line in Title Case, as the outlets write it (short words and the first word aside). */
function titleCase(line: string): string {
  return line.replace(/(?<![\p{L}'’])(\p{Ll})(\p{L}*)/gu, (w: string, first: string, rest: string) =>
    /^(?:of|in|on|at|to|and|or|the|a|an|over|for|by)$/.test(w) ? w : first.toUpperCase() + rest,
  );
}

describe('foldTitleCase', () => {
  it('puts the common words of a Title Case line in lower case, one character for one', () => {
    const text = 'Ukraine Says It Downed 34 Out of 38 Russian Drones, Odesa Region Hit\nThe air force said so.';
    const folded = foldTitleCase(text);
    expect(folded).toBe('Ukraine says it downed 34 out of 38 Russian drones, Odesa region hit\nThe air force said so.');
    expect(folded).toHaveLength(text.length);
  });

  it('keeps names, and the words of a claimant’s name', () => {
    expect(foldTitleCase('Russian Defence Ministry Says Air Defences Destroyed 23 Drones over Kursk')).toBe(
      'Russian Defence Ministry says Air Defences destroyed 23 drones over Kursk',
    );
  });

  it('leaves a sentence-case line, and a long paragraph, as they are', () => {
    const text = 'Kyiv Mayor Vitali Klitschko said Air Defence Forces shot down 12 drones over the capital.';
    expect(foldTitleCase(text)).toBe(text);
    const long = `${'Ukraine Says Drones Were Downed Over Odesa Region '.repeat(6)}`;
    expect(foldTitleCase(long)).toBe(long);
  });
});

describe('claims from a Title Case headline', () => {
  identityRows([
    ['Ukraine Says It Downed 34 Out of 38 Russian Drones, Odesa Region Hit', ['34 drone @ country UA']],
    [
      'Ukraine Shot Down 131 Russian Drones Overnight. Moscow Reports 44 Neutralised',
      ['131 drone @ country UA', '44 drone @ country RU'],
    ],
    [
      'Ukraine Shoots Down Nine of 14 Russian Drones; Russia Reports Drones over North Ossetia',
      ['9 drone @ country UA'],
    ],
  ]);

  it('quotes the headline as written in the evidence and the claimant', () => {
    const body = 'Russian Defence Ministry Says Air Defences Destroyed 23 Ukrainian Drones over Kursk Region';
    const [claim] = extractClaims({ articleId: 'a', body, publishedAt: '2025-03-10T08:00:00Z' });
    expect(claim?.evidence.text).toBe(body.slice(claim!.evidence.start, claim!.evidence.end));
    expect(claim?.evidence.text).toContain('Destroyed 23 Ukrainian Drones');
    expect(claim?.claimant).toBe('Russian Defence Ministry');
  });
});

/** The dev passages whose first line (a headline, shorter than `maxLength`) `retype` changes, and how many of those then give other claims. */
function headlinesRetyped(retype: (line: string) => string, maxLength: number): { retyped: number; changed: number } {
  const dir = join(__dirname, '../../../tests/fixtures/extract/real/dev');
  let retyped = 0;
  let changed = 0;
  for (const f of readdirSync(dir).sort()) {
    const body = normaliseBody((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { body: string }).body);
    const nl = body.indexOf('\n');
    if (nl <= 0 || nl >= maxLength) continue;
    const other = retype(body.slice(0, nl)) + body.slice(nl);
    if (other === body) continue;
    retyped++;
    if (JSON.stringify(identities(other)) !== JSON.stringify(identities(body))) changed++;
  }
  return { retyped, changed };
}

describe('the dev corpus with Title Case headlines', () => {
  // (three since the ug batch: ug005's first line is a whole sentence of the lede, not a headline, and in Title Case its
  // "Across The Country" no longer reads as the vague place it is; four in the twenty-second round, whose rules give
  // sp012's Title Case variant the Cherkasy place its gold has, which the plain text still misses; six in the twenty-third
  // round's batches: vl003's Title Case headline gives its single drone the Kaluga region its gold has, and vm009's gives
  // a headline aircraft the plain text does not read as a count; seven with session 53's batch qo: qo005, whose first line
  // is the page's address, a URL whose words change case; the same at the session's start extractor as after its round)
  it('keeps the claims of all but seven passages', () => {
    const { retyped, changed } = headlinesRetyped(titleCase, 200);
    expect(retyped).toBeGreaterThan(500);
    expect(changed).toBeLessThanOrEqual(7);
  });
});

describe('an all-capitals line', () => {
  it('is read in sentence case, names and abbreviations with their capitals, one character for one', () => {
    const text = 'RUSSIA SAYS IT DOWNED 27 UKRAINIAN UAVS OVER THE BRYANSK REGION. THE MOD SAID SO\nThe rest.';
    const folded = foldTitleCase(text);
    expect(folded).toBe('Russia says it downed 27 Ukrainian UAVs over the Bryansk region. The MOD said so\nThe rest.');
    expect(folded).toHaveLength(text.length);
  });

  it('leaves a line of one or two words in capitals as it is ("KYIV:", "S-300")', () => {
    expect(foldTitleCase('KYIV: 71 drones downed')).toBe('KYIV: 71 drones downed');
  });

  identityRows([
    ['RUSSIA SAYS IT DOWNED 27 UKRAINIAN DRONES OVER THE BRYANSK REGION', ['27 drone @ RU-BRY']],
    ['27 UAVS SHOT DOWN OVER RYAZAN', ['27 drone @ RU-RYA']],
  ]);

  // (three since the ul batch: ul004's first line opens with the dateline "MOSCOW —", which in a line all in capitals is
  // no longer told from the text, and places the count at Moscow; four with session 53's batch qo: qo005, whose first
  // line is the page's address in capitals; the same at the session's start extractor as after its round)
  it('keeps the claims of all but four dev passages with the headline in capitals', () => {
    const { retyped, changed } = headlinesRetyped((line) => line.toUpperCase(), 161);
    expect(retyped).toBeGreaterThan(500);
    expect(changed).toBeLessThanOrEqual(4);
  });
});
