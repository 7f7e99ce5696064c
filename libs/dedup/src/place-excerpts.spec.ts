import { findPlaces } from '@skytally/gazetteer';
import { EXCERPT_SEPARATOR, placeExcerpts } from './place-excerpts';

const codes = (text: string) => [...new Set(findPlaces(text).map((p) => p.code))].sort();

describe('placeExcerpts', () => {
  it('keeps each capitalised word with one word before and three after, and drops the rest', () => {
    const text =
      'air defence units worked through the whole night and intercepted many things in the sky above the river ' +
      'over the Bryansk region said the governor of that area today while crews cleared the debris from roads';
    const excerpt = placeExcerpts(text);
    expect(excerpt).toBe('the Bryansk region said the');
    expect(codes(excerpt)).toEqual(codes(text));
  });

  it('keeps "the capital" though it is lower case, and separates excerpts so no phrase runs across them', () => {
    const text =
      'drones flew toward the capital overnight and were shot down by crews working in several districts of ' +
      'the wider area before dawn on the day when Kursk reported more of them';
    const excerpt = placeExcerpts(text);
    expect(excerpt.split(EXCERPT_SEPARATOR)).toEqual(['the capital overnight and were', 'when Kursk reported more of']);
    expect(codes(excerpt)).toEqual(codes(text));
  });

  it('keeps a list of regions whole, up to its plural suffix', () => {
    const text = 'the ministry said that drones were destroyed over the Kaluga, Tver and Moscow regions late at night';
    expect(codes(placeExcerpts(text))).toEqual(codes(text));
    expect(codes(text).length).toBeGreaterThanOrEqual(3);
  });

  it('returns the text itself when every word is in some window, and nothing for text without names', () => {
    const text = 'Kyiv and Odesa, Kharkiv and Sumy';
    expect(placeExcerpts(text)).toBe(text);
    expect(placeExcerpts('no names at all in this text')).toBe('');
  });
});
