import { LiteralSets } from './literals';

describe('LiteralSets', () => {
  const sets = [
    ['down', 'intercept', 'repel', 'repuls', ' out'],
    ['ed by ', 'landed', 'hit'],
    ['them', 'he', 'hem'],
  ];
  const literals = new LiteralSets(sets);
  const regexes = sets.map((pieces) => new RegExp(pieces.join('|'), 'i'));
  const expected = (text: string): number => regexes.reduce((bits, re, k) => bits | (re.test(text) ? 1 << k : 0), 0);

  it.each([
    ['', 0],
    ['Air defence SHOT DOWN nine drones', 1],
    ['Units repulsed it and took Out', 1],
    ['a Hitachi plant', 2],
    ['it was landed', 2],
    ['shot them', 4],
    ['He said', 4],
    ['destroyed by electronic warfare over them, down', 7],
    // without the u flag, i folds nothing outside ASCII onto a letter: not "down", not "hit"
    ['doſn \u212Ait h\u0130t', 0],
    ['d\u00F6wn', 0],
  ])('%j has sets %d', (text, bits) => {
    expect(literals.scan(text)).toBe(bits);
    expect(expected(text)).toBe(bits);
  });

  it('agrees with the case-insensitive alternation of each set on random text', () => {
    // single characters and bits of the pieces, so that pieces (and near misses) turn up often
    const alphabet = [
      ...'dowDOWnNinteRcpxlusaby Lhmé\u212A.,',
      'do',
      'Wn',
      'repu',
      'ls',
      'repe',
      'hi',
      'T',
      'ed',
      ' b',
      'y ',
      'the',
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    const differ: string[] = [];
    let found = 0;
    for (let i = 0; i < 20000; i++) {
      let text = '';
      for (let n = random(16); n > 0; n--) text += alphabet[random(alphabet.length)]!;
      found += literals.scan(text) === 0 ? 0 : 1;
      if (literals.scan(text) !== expected(text)) differ.push(text);
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(2000);
  });

  it('reads a range of the text as the text cut there', () => {
    const text = 'Drones were shot down. Them, hit';
    for (let from = 0; from <= text.length; from++)
      for (let to = from; to <= text.length; to++)
        expect([from, to, literals.scan(text, from, to)]).toEqual([from, to, expected(text.slice(from, to))]);
  });

  it('refuses pieces it cannot match as the regex would', () => {
    expect(() => new LiteralSets([['Down']])).toThrow();
    expect(() => new LiteralSets([['dőwn']])).toThrow();
    expect(() => new LiteralSets([['']])).toThrow();
  });
});
