import fc from 'fast-check';
import { markupToText } from './markup';
import { normaliseBody, normaliseWithHash } from './normalise';

describe('markupToText', () => {
  it('reads paragraphs, line breaks and list items as line breaks, and inline tags as nothing', () => {
    expect(
      normaliseBody(
        '<p style="text-align: justify;">Air defence shot down <strong>12</strong> drones.</p><p>Debris fell in <a href="https://example.org/x">Belgorod</a>.<br>No one was hurt.</p><ul><li>Kursk – 5</li><li>Oryol – 2</li></ul>',
      ),
    ).toBe('Air defence shot down 12 drones.\n\nDebris fell in Belgorod.\nNo one was hurt.\n\nKursk – 5\nOryol – 2');
  });

  it('drops scripts, styles and comments with their content', () => {
    expect(
      normaliseBody('<script>var n = 12;</script><style>p { color: red }</style>Nine drones were downed.<!-- ad 3 -->'),
    ).toBe('Nine drones were downed.');
  });

  it('reads markup written as character references, as RSS descriptions double-encode it', () => {
    expect(normaliseBody('&lt;p&gt;Five drones were shot down over Kursk.&lt;/p&gt;')).toBe(
      'Five drones were shot down over Kursk.',
    );
  });

  it('leaves angle brackets that are no HTML tag', () => {
    for (const text of [
      'Visibility was <5 km at the time.',
      'The <city> field of the template was left empty.',
      'A score of x<y and y>z.',
      'The <image> placeholder stayed on the page.',
    ]) {
      expect(markupToText(text)).toBe(text);
      expect(normaliseBody(text)).toBe(text);
    }
  });

  it('gives a text with markup and the same text without it one content hash', () => {
    const plain = normaliseWithHash('Air defence shot down 12 drones.\n\nDebris fell in Belgorod.');
    const marked = normaliseWithHash('<p>Air defence shot down <b>12</b> drones.</p>\n<p>Debris fell in Belgorod.</p>');
    expect(marked).toEqual(plain);
  });

  it('keeps normaliseBody idempotent over markup, nested and broken', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<br/>',
      '<b>',
      '</b>',
      '<',
      '>',
      '<<p>p>',
      'drones ',
      '12',
      ' ',
      '\n',
      '&lt;p&gt;',
      '<!--',
      '-->',
      '<script>',
      '</script>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const once = normaliseBody(pieces.join(''));
        expect(normaliseBody(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
