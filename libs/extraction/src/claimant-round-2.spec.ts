/**
 * Claimants, second round (claims.md rule 12, README "Claimants, second round"): constructions of news attribution
 * that recur across outlets. Invented sentences and names, no corpus text.
 */
import {
  actorSubject,
  anaphoricAttribution,
  bareBody,
  findClaimants,
  moreParticular,
  ownSpeaker,
  personSpeaking,
  speakingCountry,
  statementOf,
} from './claimant';
import { extractClaims } from './extract-claims';

/** "14 drone: Russian Defence Ministry" for each claim of a text, in order. */
function claimants(body: string): string[] {
  return extractClaims({ articleId: 'a', body, publishedAt: null }).map(
    (c) => `${c.count} ${c.weapon}: ${c.claimant ?? 'null'}`,
  );
}

describe('a person named with the body they speak for is the claimant', () => {
  it.each([
    ['Defence Ministry spokesman Lieutenant-General Pavel Torbin said on Monday.', 'Pavel Torbin'],
    ["Ukraine's air force commander, Danylo Verbytsky, said on Friday.", 'Danylo Verbytsky'],
    ['The commander of the Ukrainian air force, Danylo Verbytsky, wrote on Telegram.', 'Danylo Verbytsky'],
    ["Pavel Torbin, the Russian Defence Ministry's spokesman, told reporters.", 'Pavel Torbin'],
    ["Ostap Hnatiuk, the commander-in-chief of Ukraine's armed forces, said so.", 'Ostap Hnatiuk'],
    ['Defence Minister Ostap Hnatiuk wrote on social media.', 'Ostap Hnatiuk'],
  ])('%s → %s', (sentence, name) => {
    const found = findClaimants(sentence, 0);
    expect(found.map((m) => m.text)).toEqual([name]);
  });
  it.each([
    ['Pyotr Larin, the governor of the Tula region, said on Sunday.', 'Pyotr Larin', 'RU-TUL'],
    ['Ostap Hnatiuk, who heads the Sumy Oblast Military Administration, wrote.', 'Ostap Hnatiuk', 'UA-59'],
    [
      'Five were downed, said the head of the Sumy Oblast Military Administration, Ostap Hnatiuk.',
      'Ostap Hnatiuk',
      'UA-59',
    ],
    ['As Ostap Hnatiuk, head of the Sumy Oblast Military Administration, put it.', 'Ostap Hnatiuk', 'UA-59'],
  ])("%s → %s, in the office's jurisdiction", (sentence, name, region) => {
    expect(findClaimants(sentence, 0)).toMatchObject([{ text: name, jurisdiction: region }]);
  });
  it("keeps the body's country, so nothing a claim is placed by changes", () => {
    expect(findClaimants('Ukrainian Air Force spokesman Danylo Verbytsky said.', 0)[0]).toMatchObject({
      text: 'Danylo Verbytsky',
      country: 'UA',
    });
  });
  it('names the person for the claims of the sentence', () => {
    expect(
      claimants(
        'Air defence units shot down 23 drones over the Oryol region, Defence Ministry spokesman Major General Pavel Torbin said.',
      ),
    ).toEqual(['23 drone: Pavel Torbin']);
  });
  it('leaves a body alone when no name stands by its title', () => {
    expect(findClaimants("A spokesman for Russia's Defence Ministry said.", 0).map((m) => m.text)).toEqual([
      "Russia's Defence Ministry",
    ]);
  });
});

describe('who speaks in the sentence itself comes before a speaker carried from the sentences before', () => {
  it('names a person the officials list does not know, in full where the text named them before', () => {
    expect(personSpeaking('Taras Hlushko said four drones were destroyed.', 0, '')).toBe('Taras Hlushko');
    expect(
      personSpeaking('Later, Hlushko wrote that two more had been downed.', 0, 'Governor Taras Hlushko spoke.'),
    ).toBe('Taras Hlushko');
    expect(personSpeaking('P. Hlushko wrote that a drone was downed.', 0, '')).toBe('P. Hlushko');
    expect(personSpeaking('Six were downed, said Taras Hlushko, an adviser.', 0, '')).toBe('Taras Hlushko');
  });
  it('does not take an opener, a month, a place or a body for a person', () => {
    expect(personSpeaking('Earlier Hlushko had reported nine.', 0, '')).toBeNull();
    expect(personSpeaking('On 3 March Hlushko said nine.', 0, '')).toBeNull();
    expect(personSpeaking('Ukraine had earlier said that 40 were downed.', 0, '')).toBeNull();
    expect(personSpeaking('The City Council said that 40 were downed.', 0, '')).toBeNull();
  });
  it('prefers the person speaking to a mayor named in the sentence before', () => {
    expect(
      claimants(
        'The mayor of Kherson said the night was loud. Later, Taras Hlushko said air defence destroyed five drones over the Mykolaiv region.',
      ),
    ).toEqual(['5 drone: Taras Hlushko']);
  });
  it('reads a country speaking after two adverbs, or with "for its part"', () => {
    expect(speakingCountry('Belarus had earlier said that 12 drones were downed.', 20)).toBe('Belarus');
    expect(speakingCountry('Poland, for its part, said two drones were downed.', 30)).toBe('Poland');
    expect(speakingCountry('Officials said 12 drones were downed.', 20)).toBe('Officials');
  });
  it('takes a bare "the ministry said" over a governor named before, not over a ministry named before', () => {
    expect(
      claimants(
        'The governor of the Tula region said debris fell on a school. The ministry said 17 drones were destroyed over the Oryol region.',
      ),
    ).toEqual(['17 drone: ministry']);
    expect(
      claimants(
        "Russia's Defence Ministry reported the raid on Monday. The ministry said 17 drones were destroyed over the Oryol region.",
      ),
    ).toEqual(["17 drone: Russia's Defence Ministry"]);
  });
  it('does not read "according to the military statement" as the military speaking', () => {
    expect(bareBody('According to the military statement, eight were downed.', 0)).toBeNull();
    expect(bareBody('According to the military, eight were downed.', 0)).toBe('military');
  });
});

describe('"The statement said …": the document speaks for the body that issued it', () => {
  it('names the body named before, in full where the text gives its full name', () => {
    expect(
      statementOf(
        'The statement relayed that 6 drones had been destroyed.',
        'The Belarusian Defence Ministry reported a raid. A statement from the ministry said the raid failed. ',
      ),
    ).toBe('Belarusian Defence Ministry');
    expect(statementOf('According to the statement, 6 drones were downed.', "The ministry's statement said so. ")).toBe(
      'ministry',
    );
  });
  it('is nobody when the text before names no body', () => {
    expect(statementOf('The statement said 6 drones were downed.', 'Sirens sounded all night. ')).toBeNull();
  });
  it('takes the body over the forces that intercepted, in the claims of a text', () => {
    expect(
      claimants(
        "The General Staff of Ukraine's armed forces released its morning update. The statement said 14 drones were destroyed by Ukrainian air defence forces.",
      ),
    ).toEqual(['14 drone: General Staff']);
  });
});

describe('a country\'s army speaking: "the Ukrainian army also said", "according to the Russian military"', () => {
  it('names it as written', () => {
    expect(ownSpeaker('According to the Russian military, 9 drones were downed.', 30, '', null)).toBe(
      'the Russian military',
    );
    expect(ownSpeaker('The Ukrainian army also said it had shot down 9 drones.', 40, '', null)).toBe('Ukrainian army');
  });
  it('does not read "according to the Russian military statement" as the army speaking', () => {
    expect(ownSpeaker('According to the Russian military statement, 9 drones were downed.', 45, '', null)).toBeNull();
  });
});

describe('the forces that intercepted, subject of the sentence, when nobody speaks for the claim', () => {
  it.each([
    ["Poland's air defences took down 11 drones overnight.", "Poland's air defences"],
    ['Belarusian defenders destroyed 8 drones near the border.', 'Belarusian defenders'],
    ['Overnight, duty air-defence assets intercepted 40 drones over the Tver region.', 'duty air-defence assets'],
    ["Ukraine's air defence, however, managed to shoot down 21 of them.", "Ukraine's air defence"],
    ['Air defence neutralised 70 targets.', 'Air defence'],
  ])('%s → %s', (sentence, actor) => expect(actorSubject(sentence, sentence.length)).toBe(actor));
  it('is not the agent after "by", nor forces in a quote a person speaks', () => {
    expect(actorSubject('Nine drones were destroyed by Ukrainian forces.', 40)).toBeNull();
    expect(actorSubject('"Air defence units destroyed 25 targets," he said.', 40)).toBeNull();
  });
  it('names the forces in the claims of a text only when no speaker is found', () => {
    expect(claimants('Belarusian air defences shot down 8 drones over the Homel region.')).toEqual([
      '8 drone: Belarusian air defences',
    ]);
    expect(
      claimants(
        'Belarusian air defences shot down 8 drones over the Homel region, the Belarusian Defence Ministry said.',
      ),
    ).toEqual(['8 drone: Belarusian Defence Ministry']);
  });
  it('gives way to the claimant of a repeat of the claim', () => {
    expect(
      claimants(
        'Russian air defence downed 31 drones overnight. 31 drones were destroyed over Russian regions, the Russian Defence Ministry said.',
      ),
    ).toEqual(['31 drone: Russian Defence Ministry']);
  });
});

describe('a sentence that only attributes the one before it ("… The ministry said so.")', () => {
  it.each([
    ['The Belarusian Defence Ministry said so on Telegram.', 'Belarusian Defence Ministry'],
    ["Ukraine's air force reported this today.", "Ukraine's air force"],
    ['This was reported by the Northern Defence Forces, Ukrinform says.', 'Northern Defence Forces'],
    ["The region's governor, Pyotr Larin, said so on his channel.", 'Pyotr Larin'],
    ['The announcement came from the mayor of the city, Pyotr Larin, a local site reports.', 'Pyotr Larin'],
    ['A regional site reports this, citing the head of the district, Pyotr Larin.', 'Pyotr Larin'],
    [
      'As a news agency reported, the Odesa regional military administration said so.',
      'Odesa regional military administration',
    ],
  ])('%s → %s', (next, speaker) => expect(anaphoricAttribution(next, '')).toBe(speaker));
  it('is nobody when the sentence is not an attribution of the one before', () => {
    expect(anaphoricAttribution('Local authorities said that a fire broke out.', '')).toBeNull();
    expect(anaphoricAttribution('He said so many drones had never come at once.', '')).toBeNull();
  });
  it('names the speaker for the claims of the sentence before, over the forces that intercepted', () => {
    expect(
      claimants(
        'Russian air defence forces destroyed nine drones over the Kursk region. The Russian Defence Ministry said so on Telegram.',
      ),
    ).toEqual(['9 drone: Russian Defence Ministry']);
  });
  it('leaves a claim whose own sentence names its speaker', () => {
    expect(
      claimants(
        'Nine drones were destroyed over the Kursk region, the governor of the Kursk region said. The ministry said so too.',
      ),
    ).toEqual(['9 drone: governor of the Kursk region']);
  });
});

describe('"Ukraine says …" in a headline gives way to the named speaker of the same claim in the body', () => {
  it("takes the body's speaker over a country speaking in the headline", () => {
    expect(
      claimants(
        'Belarus says 14 drones downed overnight\n\nAir defence destroyed 14 drones overnight, the Belarusian Defence Ministry said on Friday.',
      ),
    ).toEqual(['14 drone: Belarusian Defence Ministry']);
  });
  it("takes the office's holder by name over the office in the headline", () => {
    expect(moreParticular('Tula region governor', 'Pyotr Larin')).toBe(true);
    expect(moreParticular('Tula region governor', 'Russian Defence Ministry')).toBe(false);
  });
  it('keeps a country speaking in a sentence of the body', () => {
    expect(
      claimants(
        'Belarus said on Friday it had downed 14 drones overnight. Air defence destroyed 14 drones overnight, the Belarusian Defence Ministry said.',
      ),
    ).toEqual(['14 drone: Belarus']);
  });
  it('reads "Citing X, a site wrote so" as X speaking', () => {
    expect(anaphoricAttribution('Citing a statement by the General Staff, a news site wrote so.', '')).toBe(
      'General Staff',
    );
  });
});

describe('a body named as the owner of the forces that acted is not the speaker', () => {
  it('marks "the Defence Ministry\'s air defence units" as the forces', () => {
    expect(findClaimants("The Defence Ministry's air defence units downed it.", 0)[0]).toMatchObject({ actor: true });
  });
  it('takes the person who speaks in the sentence', () => {
    expect(
      claimants(
        "The Defence Ministry's air defence units brought down a drone over the Tula region, Governor Pyotr Larin wrote.",
      ),
    ).toEqual(['1 drone: Pyotr Larin']);
  });
});

describe('"…," he said / "According to him": the person named last before', () => {
  it('names the person, as named there', () => {
    expect(
      ownSpeaker(
        '"Air defence destroyed 14 targets," he said.',
        5,
        'The mayor said debris fell. "Kyiv held," Taras Hlushko, who leads the city administration, wrote. ',
        null,
      ),
    ).toBe('Taras Hlushko');
    expect(
      ownSpeaker('According to him, 9 drones were downed.', 20, 'Governor Pyotr Larin wrote on Telegram. ', null),
    ).toBe('Pyotr Larin');
  });
  it('is nobody without a pronoun that speaks', () => {
    expect(ownSpeaker('Nine drones were downed.', 5, 'Governor Pyotr Larin wrote on Telegram. ', null)).toBeNull();
  });
});
