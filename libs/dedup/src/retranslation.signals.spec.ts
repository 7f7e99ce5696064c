import { sentenceAlignment, sentenceSpecifics, specificsOf } from './retranslation.signals';

describe('retranslation signals', () => {
  it('reads numbers as digits or words, months, and names folded so transliterations agree', () => {
    expect(specificsOf('Air defences downed nine drones over Odesa on 19 August, Kovalchuk said.')).toEqual(
      specificsOf('Air defense shot down 9 drones over Odessa on 19 august, Kovalchuk reported.'),
    );
    expect(specificsOf('Drones hit Kiev')).toEqual(specificsOf('Drones hit Kyiv'));
    expect(specificsOf('Air defence destroyed 1,200 drones')).toEqual(['n1200']);
  });

  it('drops short lines and openings (datelines, "SITE: ", TASS) before splitting into sentences', () => {
    const body =
      'Breaking\n\nMOSCOW, December 14. /TASS/. Air defences destroyed 17 drones over the Moscow Region. Flights were held.\n\n' +
      'Restrictions were imposed at Sheremetyevo airport overnight.';
    expect(sentenceSpecifics(body)).toEqual([['n17', 'cmscw', 'crgn'], [], ['cshrm']]);
  });

  it('aligns sentences in order: a text with itself scores 1, the same sentences reversed less', () => {
    const a = [['n9', 'cds'], ['cblh'], ['n2', 'ckyv'], ['n3']];
    expect(sentenceAlignment(a, a)).toBe(1);
    expect(sentenceAlignment(a, [...a].reverse())).toBe(0.25);
    expect(sentenceAlignment(a, a.slice(0, 2))).toBe(0.5);
    expect(sentenceAlignment([], [])).toBe(0);
  });
});
