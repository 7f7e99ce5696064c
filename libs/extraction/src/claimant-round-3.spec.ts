/**
 * Claimants, third round (claims.md rule 12, README "Claimants, third round"): constructions of news attribution
 * that recur across outlets. Invented sentences and names, no corpus text.
 */
import { anaphoricAttribution, bodyByWords, forcesSpeaking, moreParticular } from './claimant';
import { extractClaims } from './extract-claims';

/** "14 drone: Russian Defence Ministry" for each claim of a text, in order. */
function claimants(body: string): string[] {
  return extractClaims({ articleId: 'a', body, publishedAt: null }).map(
    (c) => `${c.count} ${c.weapon}: ${c.claimant ?? 'null'}`,
  );
}

describe('a body or office named by its own words speaks', () => {
  it.each([
    ["Four drones were downed near the border, the region's governor said on Sunday.", "region's governor"],
    ['According to the city’s military administration, 9 drones were destroyed.', 'city’s military administration'],
    ['The Lutsk City Council also reported that 3 missiles were shot down.', 'Lutsk City Council'],
    ["Ukraine's top military command said 12 missiles were destroyed.", "Ukraine's top military command"],
    ['The Latvian prime minister said 2 drones were shot down.', 'Latvian prime minister'],
    ['Of the 40 drones, 31 were downed – the command in Kyiv reported.', 'command in Kyiv'],
    ['According to local governors, 5 drones were shot down in the south.', 'local governors'],
    ['Seven drones were downed, according to its governor, Pyotr Larin.', 'Pyotr Larin'],
    ["Six drones were destroyed, the city's mayor, Pyotr Larin, said.", 'Pyotr Larin'],
  ])('%s → %s', (sentence, speaker) => {
    expect(bodyByWords(sentence, sentence.search(/\d/), null)).toBe(speaker);
  });

  it('an office after its holder named before is the holder; a body by its kind alone is the body named before', () => {
    const s = "Five drones were destroyed, the region's governor said.";
    expect(bodyByWords(s, 0, 'Pyotr Larin')).toBe('Pyotr Larin');
    const d = '"Eight drones were destroyed," the military department said.';
    expect(bodyByWords(d, 0, 'Russian Defence Ministry')).toBe('Russian Defence Ministry');
  });

  it('leaves a tag of another clause and sentences with nobody speaking', () => {
    expect(bodyByWords('Nine drones were shot down over the regional administration building.', 0, null)).toBeNull();
    expect(bodyByWords('The attack on the city council building failed.', 0, null)).toBeNull();
  });

  it('names the speaker for the claims of the sentence', () => {
    expect(claimants('Eleven drones were shot down overnight, the Lutsk City Council said on Friday.')).toEqual([
      '11 drone: Lutsk City Council',
    ]);
  });
});

describe("the forces speaking for themselves are the sentence's speaker", () => {
  it.each([
    ["Ukraine's air defence says it brought down a fighter jet over the east.", "Ukraine's air defence"],
    ['Meanwhile, Russian air defences claimed to have shot down 4 missiles.', 'Russian air defences'],
    ["Belarus's air defence forces reported that 2 drones were destroyed.", "Belarus's air defence forces"],
  ])('%s → %s', (sentence, speaker) => {
    expect(forcesSpeaking(sentence, sentence.length)).toBe(speaker);
  });

  it('not the forces as the mere subject of the downing', () => {
    expect(forcesSpeaking('Ukrainian air defence shot down 9 drones.', 30)).toBeNull();
  });

  it('before a speaker carried from the sentence before', () => {
    expect(
      claimants(
        'Defence Minister Pavlo Dovhan wrote that our air defence had shot down 6 missiles over the Kyiv region. In addition, Russian air defences claimed to have shot down 3 missiles over Crimea.',
      ),
    ).toEqual(['6 missile: Pavlo Dovhan', '3 missile: Russian air defences']);
  });
});

describe('more of the sentences that only attribute the one before', () => {
  it.each([
    ['The downing was reported by Pyotr Larin, who heads the Tula region.', 'Pyotr Larin'],
    ['These figures, released by the Russian Defence Ministry on Monday, tell a story.', 'Russian Defence Ministry'],
    ["That, at least, was what the city's mayor, Pyotr Larin, said.", 'Pyotr Larin'],
    ['The Russian Defence Ministry released this information.', 'Russian Defence Ministry'],
    ['The press service of the General Staff gave these figures on Friday.', 'General Staff'],
    ['The country’s newspapers said the Ukrainian air force made this known on Facebook.', 'Ukrainian air force'],
  ])('%s → %s', (next, speaker) => {
    expect(anaphoricAttribution(next, '')).toBe(speaker);
  });

  it('not a sentence about something else', () => {
    expect(anaphoricAttribution('These figures are the highest this year.', '')).toBeNull();
    expect(anaphoricAttribution('That was what the residents feared most.', '')).toBeNull();
  });

  it('names the speaker for the claim of the sentence before', () => {
    expect(
      claimants(
        'Nine drones were destroyed over the Kursk region. The Russian Defence Ministry released this information.',
      ),
    ).toEqual(['9 drone: Russian Defence Ministry']);
  });
});

describe('a headline naming only the forces gives way to a repeat that names a speaker', () => {
  it.each([
    ['Air defence forces', 'Pyotr Larin', true],
    ["Ukraine's armed forces", 'Air Force', true],
    ['Russian air defence', 'Russian Defence Ministry', true],
    ['Air defence forces', 'Russian air defence forces', false],
    ['the Ukrainian army', 'Pyotr Larin', false],
  ])('%s, then %s: %s', (kept, repeat, gives) => {
    expect(moreParticular(kept, repeat)).toBe(gives);
  });
});
