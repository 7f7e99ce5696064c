import { countryName, findPlaces, isKnownRegion, listRegions, regionName } from './index';

const codes = (t: string): string[] =>
  findPlaces(t)
    .filter((p) => p.kind !== 'demonym' && p.kind !== 'country')
    .map((p) => p.code);

describe('gazetteer data', () => {
  it('has every Russian federal subject, every Ukrainian oblast with Kyiv, Crimea, Sevastopol, and four seas', () => {
    const all = listRegions();
    expect(all.filter((r) => r.code.startsWith('RU-'))).toHaveLength(83);
    expect(all.filter((r) => r.code.startsWith('UA-'))).toHaveLength(27);
    expect(
      all
        .filter((r) => r.code.startsWith('SEA-'))
        .map((r) => r.code)
        .sort(),
    ).toEqual(['SEA-AZOV', 'SEA-BALTIC', 'SEA-BLACK', 'SEA-CASPIAN']);
  });
  it('names regions and countries', () => {
    expect(regionName('RU-BRY')).toBe('Bryansk Oblast');
    expect(countryName('RU')).toBe('Russia');
    expect(isKnownRegion('UA-43')).toBe(true);
    expect(isKnownRegion('RU-XXX')).toBe(false);
  });
});

describe('findPlaces', () => {
  it.each([
    ['Bryansk region', 'RU-BRY'],
    ['Bryansk Oblast', 'RU-BRY'],
    ['Bryanskaya oblast', 'RU-BRY'],
    ['the Bryansk area', 'RU-BRY'],
    ['over Bryansk', 'RU-BRY'],
    ['Oryol', 'RU-ORL'],
    ['Orel', 'RU-ORL'],
    ['the Orlov region', 'RU-ORL'],
    ['Kharkov', 'UA-63'],
    ['Nikolaev', 'UA-48'],
    ['Chechnya', 'RU-CE'],
    ['Chechen Republic', 'RU-CE'],
    ['Engels', 'RU-SAR'],
    ['Morozovsk', 'RU-ROS'],
    ['Novorossiysk', 'RU-KDA'],
    ['Tuapse', 'RU-KDA'],
    ['Yeysk', 'RU-KDA'],
    ['Istra', 'RU-MOS'],
    ['Moscow', 'RU-MOW'],
    ['Moscow city', 'RU-MOW'],
    ['the capital', 'RU-MOW'],
    ['Moscow Oblast', 'RU-MOS'],
    ['the Moscow region', 'RU-MOS'],
    ['Podolsk', 'RU-MOS'],
    ['Kyiv', 'UA-30'],
    ['Kyiv region', 'UA-32'],
    ['Sevastopol', 'UA-40'],
    ['Crimea', 'UA-43'],
    ['the Black Sea', 'SEA-BLACK'],
    ['the Sea of Azov', 'SEA-AZOV'],
    ['Rostov-on-Don', 'RU-ROS'],
    ['Rostov on Don', 'RU-ROS'],
    ['St. Petersburg', 'RU-SPE'],
    ['Krasnodarsky District', 'RU-KDA'],
  ])('%s → %s', (text, code) => {
    expect(codes(`Drones over ${text} today.`)).toEqual([code]);
  });

  it('reads a list sharing one suffix as regions', () => {
    expect(codes('attacks in the Pskov, Bryansk, Kaluga, Orlov, Ryazan and Moscow regions')).toEqual([
      'RU-PSK',
      'RU-BRY',
      'RU-KLU',
      'RU-ORL',
      'RU-RYA',
      'RU-MOS',
    ]);
    expect(codes('over the Kaluga and Tver regions')).toEqual(['RU-KLU', 'RU-TVE']);
  });

  it('reads a list after "the regions of" as regions, up to the name after its "and"', () => {
    expect(codes('over the Ukrainian regions of Kharkiv, Poltava and Kyiv')).toEqual(['UA-63', 'UA-53', 'UA-32']);
    expect(codes('the Russian regions of Moscow and Tambov were attacked')).toEqual(['RU-MOS', 'RU-TAM']);
    // no suffix ends such a list: a name after a comma past its "and" is a place of its own
    expect(codes('over the regions of Kursk and Belgorod, Moscow said')).toEqual(['RU-KRS', 'RU-BEL', 'RU-MOW']);
    expect(codes('over the regions of Kursk, Moscow said')).toEqual(['RU-KRS', 'RU-MOW']);
  });

  it('reads "the region of X" as the region, in running text as at a sentence start', () => {
    expect(codes('drones over the region of Leningrad were downed')).toEqual(['RU-LEN']);
    // the region, not the city: "Moscow" alone is the city
    expect(codes('six over the region of Moscow and two over Moscow')).toEqual(['RU-MOS', 'RU-MOW']);
    expect(codes('in the oblast of Kharkiv and the province of Kursk')).toEqual(['UA-63', 'RU-KRS']);
    expect(codes('Region of Kyiv: three drones')).toEqual(['UA-32']);
    // a lower-case word after "of" is no name
    expect(codes('the region of the border was shelled')).toEqual([]);
  });

  it('ignores names that describe something else, and lower-case words', () => {
    expect(codes('ships of the Black Sea Fleet')).toEqual([]);
    expect(codes('Vladimir Putin said')).toEqual([]);
    expect(codes('a perm and a klin')).toEqual([]);
  });

  it('reads a bare alias that is also a given name or an older name as a place only when no name goes on after it', () => {
    // (wire copy's lists of regions by their centres: "24 in Voronezh, eight in Vladimir, five in Leningrad")
    expect(codes('24 in Voronezh, eight in Vladimir, five in Leningrad')).toEqual(['RU-VOR', 'RU-VLA', 'RU-LEN']);
    expect(codes('12 drones over Vladimir. The ministry said so.')).toEqual(['RU-VLA']);
    expect(codes('over Vladimir and Kaluga')).toEqual(['RU-VLA', 'RU-KLU']);
    expect(codes('President Vladimir V. Putin said')).toEqual([]);
    expect(codes('Vladimir Saldo, the Russian-installed governor, said')).toEqual([]);
    expect(codes('the Leningrad Military District')).toEqual([]);
    expect(codes('"Everything shook," said Vladimir, 68, a resident.')).toEqual([]);
    expect(codes('Vladimir, 55, said he heard blasts.')).toEqual([]);
    // (review: only after a locative preposition, and not before a name across a line break, a possessive, a command)
    expect(codes('12 in Bryansk, 7 in Vladimir, 4 in Kaluga')).toEqual(['RU-BRY', 'RU-VLA', 'RU-KLU']);
    expect(codes('30 drones were downed, President Vladimir\nPutin said')).toEqual([]);
    expect(codes('Five drones were shot down, Vladimir, a pensioner, said.')).toEqual([]);
    expect(codes('Junior Sergeant Vladimir shot down three drones')).toEqual([]);
    expect(codes("Vladimir's neighbours watched the drones")).toEqual([]);
    expect(codes('the crew of the Knyaz Vladimir shot down two drones')).toEqual([]);
    expect(codes('On the anniversary of the siege of Leningrad, air defences downed 6 drones')).toEqual([]);
    expect(codes('drones over the Leningrad front')).toEqual([]);
    expect(codes('in Leningrad military district')).toEqual([]);
    // (second review: "the Great", a building, an apposition that tells a person)
    expect(codes("near Vladimir the Great's monument in Kyiv")).toEqual(['UA-30']);
    expect(codes('near Vladimir cathedral in Sevastopol')).toEqual(['UA-40']);
    expect(codes('according to a message from Vladimir, a local pastor')).toEqual([]);
  });

  it('reads an outlet named after a place as no place, but only as a capitalised name', () => {
    expect(codes('the Kyiv Post and the Moscow Times reported it, as did the Kyiv Independent')).toEqual([]);
    expect(codes('Eleven drones were shot down over Kharkiv post-midnight.')).toEqual(['UA-63']);
    expect(codes('Drones hit Moscow times over the past week.')).toEqual(['RU-MOW']);
  });
  it('reports countries and demonyms with offsets into the text', () => {
    const text = 'Ukrainian drones over Russia';
    const found = findPlaces(text);
    expect(found.map((p) => [p.kind, p.code])).toEqual([
      ['demonym', 'UA'],
      ['country', 'RU'],
    ]);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('never throws', () => {
    expect(findPlaces('')).toEqual([]);
    expect(findPlaces(undefined as unknown as string)).toEqual([]);
  });
});

describe('a seat of government glued to "annexed", "backed", "controlled"', () => {
  it('is not a place ("Moscow-annexed Crimea" is Crimea)', () => {
    expect(findPlaces('three over Moscow-annexed Crimea').map((p) => p.code)).toEqual(['UA-43']);
    expect(findPlaces('in Kyiv-controlled territory').map((p) => p.code)).toEqual([]);
  });
  it('stays a place when not glued ("over Moscow, backed by…")', () => {
    expect(findPlaces('drones approaching Moscow').map((p) => p.code)).toEqual(['RU-MOW']);
  });
  it('is a place before "annexed" when it is no seat of government: it is what was annexed', () => {
    expect(findPlaces('seven over the Crimean peninsula annexed in 2014').map((p) => p.code)).toEqual(['UA-43']);
    expect(findPlaces('over the Crimean Peninsula annexed by Russia').map((p) => p.code)).toEqual(['UA-43', 'RU']);
  });
});

describe('a word that makes a name describe something else only counts right after it', () => {
  it('across a comma, a dash or a bracket the name is a place', () => {
    const codes = (text: string) => findPlaces(text).map((p) => p.code);
    expect(codes('eleven drones over the Crimean peninsula, annexed by Russia in 2014')).toEqual(['UA-43', 'RU']);
    expect(codes('over Crimea -- annexed in 2014 -- overnight')).toEqual(['UA-43']);
    expect(codes('near the Black Sea (fleet ships were not hit)')).toEqual(['SEA-BLACK']);
  });
  it('glued by spaces or a hyphen it still describes something else', () => {
    const codes = (text: string) => findPlaces(text).map((p) => p.code);
    expect(codes('the Black Sea Fleet said')).toEqual([]);
    expect(codes('Moscow-backed forces and the Kyiv Post')).toEqual([]);
    expect(codes('the Kyiv regime')).toEqual([]);
  });
});
