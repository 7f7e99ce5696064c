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
      'If a<b and c>d, the interceptor fires first.',
      'p<q held, and q>0.5 in every run.',
      'Reply to <a.smith@example.com> for details.',
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

  it('reads a superscript as a space, so a footnote is no part of a count', () => {
    expect(normaliseBody('<p>Air defence shot down 12<sup>1</sup> drones.</p>')).toBe(
      'Air defence shot down 12 1 drones.',
    );
  });

  it('reads a quoted attribute as part of its tag, angle brackets and all', () => {
    expect(normaliseBody('<img alt="Debris of 3 > drones" src="a.jpg">Nine drones were downed.')).toBe(
      'Nine drones were downed.',
    );
  });

  it("reads an embed's tags with bare attributes as markup", () => {
    expect(
      normaliseBody(
        '<p>Nine drones were downed.</p><script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="mod_russia/5412"></script><iframe width="560" height="315" src="https://example.org/v" allowfullscreen></iframe>',
      ),
    ).toBe('Nine drones were downed.');
  });

  it('keeps normaliseBody idempotent where a tag hides behind an invisible character or a reference behind a tag', () => {
    for (const text of [
      '&\u200Bamp;',
      'Russia&\u00AD#8217;s',
      '&#\u0000' + '60;b>',
      `&${'amp;'.repeat(12)}lt;b&gt;`,
      '<\u200Bb>12</\u200Bb> drones',
      '&<i></i>lt;p&<i></i>gt;Five drones were shot down.',
      '&amp<b></b>; R&D',
      '<<<<b>b>b>b>12 drones',
    ]) {
      const once = normaliseBody(text);
      expect(normaliseBody(once)).toBe(once);
    }
    expect(normaliseBody('<\u200Bb>12</\u200Bb> drones')).toBe('12 drones');
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
      '&',
      'lt;',
      '\u200B',
      '<i></i>',
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
