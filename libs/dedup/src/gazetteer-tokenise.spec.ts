/**
 * The gazetteer's tokeniser was rewritten as a char-code scan for dedup's
 * throughput (issue 15); extraction uses it too, so it must return exactly the
 * tokens of the regex version it replaced. This keeps that version as the
 * reference and compares the two on every text of the fixture corpora
 * (dedup's generated and real corpora, extraction's cases) and on edge cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenise, type Token } from '../../gazetteer/src/tokenise';

/** The tokeniser before the rewrite, verbatim. */
function referenceTokenise(text: string): Token[] {
  const WORD = /[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]+/g;
  const out: Token[] = [];
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const c = start > 0 ? text.charCodeAt(start - 1) : 0;
    if ((raw === 's' || raw === 'S') && start > 0 && (c === 0x27 || c === 0x2019 || c === 0x2bc)) continue;
    out.push({ norm: raw.toLowerCase(), start, end: start + raw.length });
  }
  return out;
}

const FIXTURES = join(__dirname, '../../../tests/fixtures');

/** Every string of at least a few characters in a JSON value. */
function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') {
    if (value.length >= 3) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const file of ['dedup/corpus.jsonl', 'dedup/real/dev.jsonl', 'dedup/real/test.jsonl']) {
    for (const line of readFileSync(join(FIXTURES, file), 'utf8').split('\n'))
      if (line.trim() !== '') strings(JSON.parse(line), texts);
  }
  for (const dir of ['extract', 'extract/holdout', 'dedup']) {
    for (const f of readdirSync(join(FIXTURES, dir)))
      if (f.endsWith('.json')) strings(JSON.parse(readFileSync(join(FIXTURES, dir, f), 'utf8')), texts);
  }
  return texts;
}

describe('gazetteer tokenise (char-code scan) = the regex tokeniser', () => {
  it('on every text of the fixture corpora', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(1000);
    let tokens = 0;
    for (const t of texts) {
      const expected = referenceTokenise(t);
      tokens += expected.length;
      const actual = tokenise(t);
      // compared as JSON first (fast); toEqual shows the difference when there is one
      if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
    }
    expect(tokens).toBeGreaterThan(100_000);
  });

  it.each([
    ["Moscow's air defences; the Kremlin’s S-400 and Putinʼs s"],
    ['İstanbul and İzmir: the dotted capital İ lower-cases to two code units'],
    ['Rostov-on-Don, St. Petersburg, Ростов-на-Дону, Łódź, ÆØÅ, ǅ, Ǆemal'],
    ["'s at the start, S at the end 's"],
    ['ΣΟΦΙΑ Σ in Greek is no token; 😀 emoji neither; ﬁ ligature'],
    [''],
  ])('on %j', (text) => {
    expect(tokenise(text)).toEqual(referenceTokenise(text));
  });
});
