import { findOfficial, findPlaces } from './index';

describe('findOfficial', () => {
  it.each([
    ['Moscow Mayor Sergei Sobyanin', 'RU-MOW'],
    ['Gladkov', 'RU-BEL'],
    ['Governor Marchenko', 'UA-51'],
    // (one Cyrillic name in two transliterations: the same person)
    ['Oleksandr Vilkul', 'UA-12'],
    ['Evgeny Balitsky', 'UA-23'],
    ['Heorhiy Filimonov', 'RU-VLG'],
    ['Serhii Tiurin', 'UA-68'],
    // ("Mykola" in Russian and English spellings, the one name whose first letter differs)
    ['Nikolai Lukashuk', 'UA-12'],
    ['Nikolay Kalashnyk', 'UA-32'],
  ])('%s is the official of %s', (text, region) => expect(findOfficial(text)?.region).toBe(region));

  it.each(['Oleksii Marchenko', 'Georgy Filatov', 'Anna Gladkov', 'Nina Kalashnyk', 'Moscow'])(
    '%s is nobody the list knows (a given name not the official’s names someone else)',
    (text) => expect(findOfficial(text)).toBeNull(),
  );
});

describe('Korolev, a town near Moscow and a governor’s surname', () => {
  it('is a place after a locative preposition', () => {
    expect(findPlaces('A drone was shot down over Korolev.').map((p) => p.code)).toEqual(['RU-MOS']);
  });
  it('is no place after a given name', () => {
    expect(findPlaces('Governor Vitaly Korolev said three drones were shot down.')).toEqual([]);
  });
});
