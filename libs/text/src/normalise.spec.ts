import fc from 'fast-check';
import { contentHash, contentHashOfBody, foldForComparison, normaliseBody } from './normalise';

/** Text with the characters the rules touch: odd spaces, line breaks, invisible and control characters, quotes, dashes. */
const awkward = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ' ',
        '  ',
        '\t',
        '\u00A0',
        '\u2009',
        '\u3000',
        '\n',
        '\r\n',
        '\r',
        '\n\n\n',
        ' \n ',
        '\u200B',
        '\uFEFF',
        '\u00AD',
        '\u0007',
        '\u0085',
        '\u2028',
        '\u2029',
        '\u2019',
        '\u201C',
        '\u2014',
        'e\u0301',
        '&amp;',
        '&#8217;',
        '&#x2019;',
        '&nbsp;',
        '&',
        ';',
        '#',
        'amp',
        'A',
        'z',
        '7',
        '.',
      ),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('normaliseBody', () => {
  it('is idempotent, so a normalised body can be hashed without normalising it again', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        const body = normaliseBody(text);
        expect(normaliseBody(body)).toBe(body);
        expect(contentHashOfBody(body)).toBe(contentHash(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('decodes HTML character references, also double-encoded ones, and only with their semicolon', () => {
    expect(normaliseBody('Russia&#8217;s air defence downed&nbsp;12 drones &amp;#039;overnight&amp;#039;')).toBe(
      "Russia\u2019s air defence downed 12 drones 'overnight'",
    );
    expect(normaliseBody('AT&T and R&D, &copy 2024, &unknownname;')).toBe('AT&T and R&D, &copy 2024, &unknownname;');
  });

  it('folds the typography two copies may differ in', () => {
    expect(foldForComparison('Air  defence\u00A0“shot” down\r\n\n\n\u2014 ten')).toBe('air defence "shot" down - ten');
  });
});
