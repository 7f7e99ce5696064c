import { STORY, wrap } from '../test/wrap';
import { blankLineBullets, unwrapLines } from './layout';

describe('unwrapLines', () => {
  it('joins the lines of a wrapped paragraph, one character for one', () => {
    const wrapped = wrap(STORY, 60);
    const unwrapped = unwrapLines(wrapped);
    expect(wrapped).not.toBe(STORY);
    expect(unwrapped).toHaveLength(wrapped.length);
    // (a line that ends on a full stop keeps its break: the sentence ends there either way)
    expect(unwrapped.replace(/\.\n(?=\p{Lu})/gu, '. ')).toBe(STORY);
  });

  it('keeps the headline, a short line that a wrap would not have broken', () => {
    expect(unwrapLines(wrap(STORY, 72)).split('\n')[0]).toBe('Russia says it shot down 23 Ukrainian drones');
  });

  it('keeps a headline of about the width right above a wrapped lede, and a break before a dateline', () => {
    const text = `Russia says its air defences destroyed 24 Ukrainian drones overnight\n${wrap(
      'MOSCOW, June 1 (Reuters) - Russian air defence units destroyed 24 Ukrainian drones overnight over the Belgorod and Kursk regions, the defence ministry said on Sunday, adding that there were no casualties and that the debris of one drone had fallen on a field near the town of Shebekino, where it started a small grass fire.',
      70,
    )}`;
    const lines = unwrapLines(text).split('\n');
    expect(lines[0]).toBe('Russia says its air defences destroyed 24 Ukrainian drones overnight');
    expect(lines[1]!.startsWith('MOSCOW, June 1 (Reuters) - ')).toBe(true);
    expect(lines).toHaveLength(2);
  });

  it('joins a wire dash that the wrap put at the start of a line', () => {
    const text = wrap(
      'The ministry said on Sunday that its air defences had destroyed the drones over the regions of Bryansk and Oryol - nine of them over Bryansk - and that nobody on the ground had been hurt by the falling debris, which damaged the roofs of two houses and a barn in a village near the border.',
      58,
    );
    expect(text).toContain('\n- nine');
    expect(unwrapLines(text)).not.toContain('\n');
  });

  it('returns the text itself when its paragraphs are on one line each', () => {
    expect(unwrapLines(STORY)).toBe(STORY);
  });

  it('leaves a post of one item a line, whose one line in lower case is a link or a note', () => {
    for (const post of [
      [
        'Ukrainian air defence destroyed 23 drones over the south overnight',
        'Odesa region: 9 drones, no damage to port infrastructure',
        'Mykolaiv region: 8 drones, debris fell on a farm near Voznesensk',
        'Kherson region: 6 drones were shot down by mobile fire groups',
        't.me/south_defence_forces',
      ],
      [
        'Air defence systems destroyed 31 Ukrainian drones overnight over:',
        'Bryansk region – 12 UAVs, two of them near the regional centre',
        'Kursk region – 10 UAVs, four of them over the city of Kursk',
        'Belgorod region – 9 UAVs, debris damaged a house in Shebekino',
        'information on the consequences is being clarified',
      ],
    ])
      expect(unwrapLines(post.join('\n'))).toBe(post.join('\n'));
  });

  it('leaves a list of short lines, and a page whose captions and links run on after long paragraphs', () => {
    const list = [
      'The ministry gave the drones destroyed by region overnight as follows:',
      'Over the territory of the Bryansk region - 12 drones,',
      'Over the territory of the Kursk region - 9 drones,',
      'Over the territory of the Belgorod region - 5 drones,',
      'Over the territory of the Oryol region - 3 drones.',
    ].join('\n');
    expect(unwrapLines(list)).toBe(list);
    const page = `${STORY}\nphoto: a launcher near the front line, taken by a reader of the site\nrelated: how air defence works`;
    expect(unwrapLines(page)).toBe(page);
  });

  it('keeps a break after a line that ends a sentence or opens a list, and before a bulleted line', () => {
    const text = wrap(
      'Air defence destroyed 23 drones over the Bryansk region and nine more over the Kursk region during the night, the governor wrote, adding that the debris of one of them had damaged a roof in the village of Glotovo. The ministry gave its own account:\nBryansk - 23\nKursk - 9',
      56,
    );
    const unwrapped = unwrapLines(text);
    expect(unwrapped.endsWith('account:\nBryansk - 23\nKursk - 9')).toBe(true);
    expect(unwrapped.split('\n')).toHaveLength(3);
    const bulleted = `${wrap('Air defence destroyed 23 drones over the Bryansk region and nine more over the Kursk region during the night, the governor wrote on Telegram', 60)}\n🔹 No one was hurt`;
    expect(unwrapLines(bulleted).endsWith('\n🔹 No one was hurt')).toBe(true);
  });
});

describe('blankLineBullets', () => {
  it('reads a bullet and its spaces at the start of a line as line breaks, one for one', () => {
    const text =
      '🔹KYIV, Ukraine — Air defence shot down 12 drones.\n⚡️ Five more fell over the Kyiv region.\n- A roof was damaged.\n→ Details to follow.';
    const blanked = blankLineBullets(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.split('\n').filter(Boolean)).toEqual([
      'KYIV, Ukraine — Air defence shot down 12 drones.',
      'Five more fell over the Kyiv region.',
      'A roof was damaged.',
      'Details to follow.',
    ]);
  });

  it('leaves a dash inside a line, a number, a negative number or a mark of the text opening one, and text with no bullet', () => {
    for (const text of [
      'Bryansk region – 12 drones, Kursk region – 9.',
      '1. Bryansk region: 12\n2. Kursk region: 9',
      'Air defence shot down 12 drones.\n-5 degrees at night.',
      'Air defence shot down 12 drones.\n© Reuters 2025\n°C readings fell.\n№ 5 school was shut.\n™ marks stay.',
      'Air defence shot down 12 drones over the Kursk region.',
    ])
      expect(blankLineBullets(text)).toBe(text);
  });

  it('reads many bulleted lines in one pass', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `🔹 Line ${i} of the post`).join('\n');
    const blanked = blankLineBullets(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.split('\n').filter(Boolean)).toHaveLength(20_000);
  });
});

describe('unwrapLines, cases of a second review', () => {
  it('leaves a post of one item a line whose last line is a note with a full stop', () => {
    const post = [
      'Ukrainian air defence destroyed 23 drones over the south overnight',
      'Odesa region: 9 drones, no damage to port infrastructure',
      'Mykolaiv region: 8 drones, debris fell on a farm near Voznesensk',
      'Kherson region: 6 drones were shot down by mobile fire groups',
      'details are being clarified.',
    ].join('\n');
    expect(unwrapLines(post)).toBe(post);
  });

  it('leaves a list of dash items about as long as the width', () => {
    const text = [
      wrap(
        'The defence ministry said on Sunday that its air defence systems had intercepted and destroyed the drones over the following regions overnight, adding that nobody had been hurt:',
        66,
      ),
      '- 15 over the territory of the Bryansk region, the ministry said,',
      '- 12 over the territory of the Kursk region, the governor said.',
    ].join('\n');
    expect(
      unwrapLines(text).endsWith(
        '\n- 15 over the territory of the Bryansk region, the ministry said,\n- 12 over the territory of the Kursk region, the governor said.',
      ),
    ).toBe(true);
  });

  it('does not run a labelled line above a paragraph into it', () => {
    const text = `Read also: Kyiv says it will ask allies for more Patriot air defence\n${wrap(
      "Ukraine's air defence shot down 40 of 48 drones that Russia launched overnight at the Kharkiv and Sumy regions, the air force said on Sunday, June 1, adding that debris had damaged two houses and a school in the Kharkiv region and that firefighters had put out a small blaze in a warehouse on the outskirts of the city.",
      72,
    )}`;
    expect(unwrapLines(text).split('\n')[0]).toBe(
      'Read also: Kyiv says it will ask allies for more Patriot air defence',
    );
  });
});
