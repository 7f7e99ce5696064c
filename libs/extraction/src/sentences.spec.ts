import { splitSentences } from './sentences';

describe('splitSentences without a space after the full stop', () => {
  it('splits "reports.Meanwhile" but not "U.S." or initials', () => {
    const t =
      'There was no damage, the agency reports.Meanwhile, the air force destroyed 40 of 55 drones. The U.S. said nothing.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'There was no damage, the agency reports.',
      'Meanwhile, the air force destroyed 40 of 55 drones.',
      'The U.S. said nothing.',
    ]);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks with exact offsets', () => {
    const text = 'First one. Second one!\nA headline\n\n"Quoted," he said. Last';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['First one.', 'Second one!', 'A headline', '"Quoted," he said.', 'Last']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('does not split after abbreviations, initials or decimals', () => {
    expect(
      splitSentences('Gov. Igor Artamonov said. St. Petersburg is far. J. Smith paid 1.5 million.').map((s) => s.text),
    ).toEqual(['Gov. Igor Artamonov said.', 'St. Petersburg is far.', 'J. Smith paid 1.5 million.']);
  });
  it('copes with empty input', () => {
    expect(splitSentences('')).toEqual([]);
  });
});

describe('splitSentences across a line wrapped inside a sentence', () => {
  it('joins a line that stops on a word no sentence ends with, and keeps other line breaks', () => {
    const text =
      'The ministry said 9 drones were shot down, seven near\nCrimea and two over the sea.\nA headline\nNext line';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The ministry said 9 drones were shot down, seven near\nCrimea and two over the sea.',
      'A headline',
      'Next line',
    ]);
  });
  it('keeps a paragraph break after such a word', () => {
    expect(splitSentences('Drones over\n\nKursk').map((s) => s.text)).toEqual(['Drones over', 'Kursk']);
  });
});
