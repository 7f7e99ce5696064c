/**
 * normaliseBody, contentHash and normaliseWithHash give exactly what the
 * rule-by-rule code gave before their fast path for plain texts (issue 15,
 * BENCHMARKS.md session 11): that code is kept here as the reference, and
 * both are run over generated texts (awkward and plain) and over every text
 * of the extraction and dedup fixtures. The inert characters of the faster
 * path still (inertness) are checked one by one and in pairs.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTMLStrict } from 'entities';
import fc from 'fast-check';
import {
  contentHash,
  contentHashOfBody,
  decodedText,
  foldForComparison,
  normaliseBody,
  normaliseWithHash,
} from './normalise';

// The reference: normalise.ts as it was before the fast path (e8add54), rule by rule, with the decoding of HTML
// character references and the reading of HTML markup (markup.ts, session 37) added since.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const SPACE_RUN =
  / *[\t\u00A0\u2000-\u200A\u202F\u205F\u3000][ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]*| {2,}[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]*/g;
const ODD_SPACE = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const WHITE_RUN = /\s{2,}|[^\S ]/g;

/** HTML character references decoded to a fixed point (session 18: normaliseBody's first rule since). */
function referenceDecoded(text: string): string {
  let t = text;
  for (let d = decodeHTMLStrict(t); d !== t; d = decodeHTMLStrict(t)) t = d;
  return t;
}

/** References decoded, and markup read with them (decodedText: markup.ts, and the order of invisible characters and references, are no fast path's). */
function referenceText(text: string): string {
  return /[&<]/.test(text) ? decodedText(text) : referenceDecoded(text);
}

function referenceBody(text: string): string {
  let t = referenceText(text).normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(CONTROL, '');
  if (ODD_SPACE.test(t) || t.includes('  ')) t = t.replace(SPACE_RUN, ' ');
  if (t.includes(' \n') || t.includes('\n ')) t = t.replace(/ *\n */g, '\n');
  return t.replace(/\n{3,}/g, '\n\n').trim();
}

function referenceFold(body: string): string {
  return body
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(WHITE_RUN, ' ')
    .trim();
}

const referenceHashOfBody = (body: string): string =>
  createHash('sha256').update(referenceFold(body), 'utf8').digest('hex');

/** What differs from the reference for one text (empty: nothing). */
function differences(text: string): string[] {
  const body = referenceBody(text);
  const hash = referenceHashOfBody(body);
  const both = normaliseWithHash(text);
  const out: string[] = [];
  if (normaliseBody(text) !== body) out.push('normaliseBody');
  if (both.body !== body || both.contentHash !== hash) out.push('normaliseWithHash');
  if (contentHash(text) !== hash) out.push('contentHash');
  if (foldForComparison(text) !== referenceFold(body)) out.push('foldForComparison');
  // contentHashOfBody of any text, normalised or not
  if (contentHashOfBody(text) !== referenceHashOfBody(text)) out.push('contentHashOfBody');
  return out;
}

function expectSame(text: string): void {
  expect(differences(text)).toEqual([]);
}

/** Characters every rule acts on, and the white space of \s no rule but the fold's touches. */
const piece = fc.oneof(
  fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '\u00A0',
    '\u2009',
    '\u3000',
    '\u1680',
    '\u2028',
    '\u2029',
    '\u000B',
    '\u000C',
    '\n',
    '\n\n',
    '\r\n',
    '\r',
    '\n\n\n',
    ' \n',
    '\n ',
    '\u200B',
    '\u2060',
    '\uFEFF',
    '\u00AD',
    '\u0000',
    '\u0007',
    '\u0085',
    '\u2019',
    '\u201C',
    '\u00AB',
    '`',
    '\u2014',
    '\uFF0D',
    'e\u0301',
    '\u2000',
    '\u0130',
    '\uD83D',
    '\uD83D\uDE00',
    '&amp;',
    '&#8217;',
    'AT&T',
    '\u0483',
    '\u0306',
    '\u0439',
    '\u2126',
    '\u1161',
    '\u00B4',
    '\u2032',
    '\u2212',
    '\u2044',
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const awkward = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** Prose as most articles come: words, single spaces, one or two line breaks — the fast path, now and then broken. */
const word = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom('Air', 'defence', 'shot', 'down', 'Kyiv', 'БПЛА', 'Zürich', '12', '\u201Cten\u201D'),
  },
  { weight: 1, arbitrary: piece },
);
const gap = fc.oneof(
  { weight: 12, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n') },
);
const plainish = fc
  .array(fc.tuple(word, gap), { maxLength: 60 })
  .map((pairs) => pairs.map(([w, g]) => w + g).join(''))
  .chain((t) =>
    fc.tuple(fc.constantFrom('', ' ', '\n', ' \n'), fc.constantFrom('', ' ', '\n')).map(([a, b]) => a + t + b),
  );

describe('normaliseBody and the content hash, against the rule-by-rule reference', () => {
  it('agree on awkward texts', () => {
    fc.assert(
      fc.property(awkward, (text) => expectSame(text)),
      { numRuns: 4000 },
    );
  });

  it('agree on texts that are mostly plain prose', () => {
    fc.assert(
      fc.property(plainish, (text) => expectSame(text)),
      { numRuns: 4000 },
    );
  });

  it('agree on every text of the extraction and dedup fixtures', () => {
    const root = join(__dirname, '../../../tests/fixtures');
    const texts = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.add(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.json')) collect(JSON.parse(readFileSync(path, 'utf8')));
        else if (name.endsWith('.jsonl'))
          for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) collect(JSON.parse(line));
      }
    };
    walk(join(root, 'extract'));
    walk(join(root, 'dedup'));
    expect(texts.size).toBeGreaterThan(5000);
    const differing = [...texts].filter((text) => differences(text).length > 0);
    expect(differing.map((text) => JSON.stringify(text.slice(0, 80)))).toEqual([]);
  });

  it('agree on every UTF-16 code unit, alone and in prose', () => {
    const differing: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `Air defence ${ch} shot down\n\n${ch}12 drones ${ch}`])
        if (differences(text).length > 0) differing.push(c.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('read no character as inert that NFC could change, alone or beside another', () => {
    // normalise.ts's inert characters and TYPOGRAPHY's: a text of them only is taken as NFC already.
    const notInert =
      /[^\n\x20-\x25\x27-\x7E\xA1-\xAC\xAE-\u02FF\u0400-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u2212\uFE58\uFE63\uFF0D]/;
    const inert: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (!notInert.test(String.fromCharCode(c))) inert.push(String.fromCharCode(c));
    expect(inert.length).toBeGreaterThan(1000);
    const changed: string[] = [];
    for (const a of inert) {
      if (a.normalize('NFC') !== a || /\p{M}/u.test(a)) changed.push(a);
      for (const b of inert) if ((a + b).normalize('NFC') !== a + b) changed.push(a + b);
    }
    expect(changed).toEqual([]);
  });
});
