/**
 * Who made a claim: a ministry, an air force, a governor or mayor (by name
 * when the text gives one), as written. Also the claimant's country and, for
 * an official, their jurisdiction — so "the mayor says 11 drones were
 * downed" can be placed in the mayor's city.
 */
import { findOfficial, findPlaces, listOfficials } from '@skytally/gazetteer';
import { RULES } from './rules';

export interface ClaimantMention {
  text: string;
  start: number;
  end: number;
  country: string | null;
  /** Region the claimant speaks for (a governor's oblast, a mayor's city), when known. */
  jurisdiction: string | null;
  /** "air defence forces", "armed forces": who intercepted, named as a claimant only when nobody else speaks. */
  actor?: boolean;
  /** "Mr Sobolev": the surname an honorific names (the official named before with that surname). */
  honorific?: string;
  /** "Marchenko said": a surname alone whose place only the officials' list gave (someone named before may be another). */
  listed?: string;
}

/**
 * "Moscow Mayor Sergei Sobolev wrote … According to Mr Sobolev, five more were stopped": an honorific surname is the
 * official named before whose name ends with it; that official's jurisdiction and country, the text as written.
 */
export function resolveHonorific(mention: ClaimantMention, before: ClaimantMention | null): ClaimantMention {
  if (!mention.honorific || !before || before.honorific) return mention;
  if (!new RegExp(String.raw`\b${mention.honorific}$`, 'u').test(before.text)) return mention;
  return {
    text: mention.text,
    start: mention.start,
    end: mention.end,
    country: before.country,
    jurisdiction: before.jurisdiction,
  };
}

/**
 * "…said the head of the capital's military administration, Oleksii Marchenko. … Marchenko said": a surname alone that
 * the officials' list knows is the person named before with it, in that mention's office (the list knows surnames, and
 * others share them; rule listedSurnameNamedBefore).
 */
export function resolveListed(mention: ClaimantMention, before: ClaimantMention | null): ClaimantMention {
  if (!mention.listed || !before || before.listed || before.honorific || before.jurisdiction === null) return mention;
  if (!new RegExp(String.raw`\s${mention.listed}$`, 'u').test(before.text)) return mention;
  return {
    ...mention,
    text: before.text,
    country: before.country,
    jurisdiction: before.jurisdiction,
    listed: undefined,
  };
}

const POINT = String.raw`(?:South|North|East|West)`;
/** Ukraine's regional commands, as English news writes them. */
const REGIONAL_COMMAND = String.raw`(?:Southern|Northern|Eastern|Western)\s+(?:Defen[cs]e\s+Forces|(?:[Oo]perational\s+)?Command)(?:\s+of\s+Ukraine)?|Defen[cs]e\s+Forces\s+of\s+the\s+${POINT}(?:\s+of\s+Ukraine)?|(?:Operational\s+Command|OC)\s+${POINT}\b`;
const NATION = String.raw`(?:(?:the\s+)?(?:Russian|Russia['’]s|Ukrainian|Ukraine['’]s|British|Britain['’]s|UK|Belarusian|Belarus['’]s|Polish|Poland['’]s)\s+)`;
const NAME = String.raw`\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+){0,2}`;
const NAME2 = String.raw`\p{Lu}\p{Ll}+[-\s]\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+)?`;
/**
 * Ukraine's regional and city administrations as Ukrainian outlets abbreviate them in English, after their place: "the
 * Dnipropetrovsk OVA" (oblasna viiskova administratsiia), "Kharkiv RMA", "Odesa ODA", "Zaporizhzhia OMA", "Kryvyi Rih
 * MVA" (a city's). Only after a capitalised name: "RSA" alone is other things.
 */
const OBLAST_ABBREVIATIONS = 'OVA|ODA|RMA|OMA|RSA|OSA';
const ADMIN_ABBREVIATION = String.raw`(?:${OBLAST_ABBREVIATIONS}|MVA|CMA)\b`;
/** Where an abbreviation names an oblast's administration, not a city's: "the Kyiv OVA" speaks for Kyiv Oblast. */
const OBLAST_ABBREVIATION = new RegExp(String.raw`^\s+(?:${OBLAST_ABBREVIATIONS})\b`);
/** An administration in words or abbreviated. */
const ADMINISTRATION_WORD = new RegExp(String.raw`[Aa]dministration|\b${ADMIN_ABBREVIATION}`);
// ("the Mykolaiv regional administration", "the Sumy Regional State Administration": a named one without "military", as
// outlets wrote them before 2022 and some still do)
// ("the Sumy military administration": the place's name alone before "military administration", as English outlets often
// write it; "Kyiv's military administration", the name in the possessive, with rule possessiveAdministration)
const ADMIN = String.raw`(?:(?:(?:\p{Lu}[\p{L}-]+\s+)?(?:[Oo]blast|[Rr]egional|[Cc]ity|[Dd]istrict)|(?!(?:Russian|Ukrainian|Belarusian|Occupation|Regional|Oblast|City|District|State|The|Russia['’]s|Ukraine['’]s)\b)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:['’]s)?(?=\s+[Mm]ilitary\s+[Aa]dministration(?!s))|(?:Ukrainian\s+)?[Cc]apital['’]s(?:\s+[Cc]ity)?)\s+(?:[Ss]tate\s+)?[Mm]ilitary\s+[Aa]dministration|\p{Lu}[\p{L}-]+\s+(?:[Oo]blast|[Rr]egional)\s+(?:[Ss]tate\s+)?[Aa]dministration|\p{Lu}[\p{L}-]+\s+${ADMIN_ABBREVIATION})`;
/** A place's name in the possessive before "military administration", not the capital's (rule possessiveAdministration). */
const POSSESSIVE_ADMINISTRATION = /(?<![Cc]apital)['’]s(?:\s+[Ss]tate)?\s+[Mm]ilitary\s+[Aa]dministration/;
/** "the governor of Russia's Rostov region": the country's possessive before the region. */
const NATION_OF = String.raw`(?:(?:Russia|Ukraine|Belarus)['’]s\s+)?`;
// ("the Kaluga province governor", "the governor of the Krasnodar Territory": what outlets call a region differs)
const PLACE_WORD = String.raw`\p{Lu}[\p{L}-]+(?:['’]s)?(?:\s+(?:region|oblast|Oblast|Region|province|Province|krai|Krai|territory|Territory|city|City|peninsula|Peninsula)(?:['’]s)?)?`;

/**
 * Before an official's title: an occupation's appointee ("the Russian-installed head of Donetsk", "the Moscow-appointed
 * head of Crimea", "the pro-Moscow leader of Luhansk"). The place the title is of is their jurisdiction, not the capital
 * or country that appointed them.
 */
const APPOINTED = String.raw`(?:(?:pro-)?\p{Lu}\p{L}+-(?:installed|appointed|backed|imposed)|pro-(?:Russian|Kremlin|Moscow|Kyiv|Kiev|Ukrainian)|occupation|self-proclaimed)`;
const APPOINTED_ANYWHERE = new RegExp(APPOINTED, 'gu');
const APPOINTED_SOMEWHERE = new RegExp(APPOINTED, 'u');
const APPOINTED_BEFORE = String.raw`(?:${APPOINTED}\s+)?`;
/** "the Russian-occupied", "Russian-held", "Russian-annexed" before a place after a title ("Governor X of the Russian-occupied Kherson region"). */
const OCCUPIED = String.raw`(?:(?:Russian|Ukrainian)-(?:occupied|held|annexed|controlled)\s+)?`;
/** A place before an official's title, not an appointee's adjective ("the Moscow-appointed governor", "the pro-Moscow governor"). */
const TITLE_PLACE = String.raw`(?<!\bpro-)(?!${APPOINTED})${PLACE_WORD}`;
/** A possessive place whose title is of a thing of its own, not of an administration (rule appointedOfficial). */
const POSSESSED_THING =
  /['’]s(?:\s+region(?:al)?)?\s+(?!(?:\p{Ll}+\s+){0,2}(?:administration|government|authorities|council)\b)\p{Ll}/u;
/** Pattern "NAME, the governor of PLACE" as it was before rule appointedOfficial (no appointee, leader or "for"). */
const PLAIN_OFFICE =
  /^[^,]+,\s+(?:the\s+)?(?:[Rr]egional\s+|[Aa]cting\s+)?(?:[Gg]overnor|[Mm]ayor|[Hh]ead|[Cc]hief)\s+of\s/;

/**
 * National leaders and the spokespeople of air forces and defence ministries, whose country is not in their name: a claim
 * they make ("…, Ihnat said") is their country's when nothing else tells it. Surnames as English news spells them.
 */
const NATIONAL_FIGURES: ReadonlyMap<string, string> = new Map([
  ...(
    'Zelensky Zelenskyy Zelenskiy Zelenskyi Ihnat Ignat Oleshchuk Syrskyi Syrsky Zaluzhnyi Zaluzhny Umerov Reznikov ' +
    'Shmyhal Svyrydenko Sybiha Yermak Pletenchuk Yevlash Voloshyn Shvets'
  )
    .split(' ')
    .map((n) => [n, 'UA'] as const),
  ...'Putin Peskov Konashenkov Shoigu Belousov Zakharova Lavrov Gerasimov'.split(' ').map((n) => [n, 'RU'] as const),
  ...'Lukashenko Khrenin Volfovich'.split(' ').map((n) => [n, 'BY'] as const),
  ...'Tusk Duda Nawrocki Kosiniak-Kamysz'.split(' ').map((n) => [n, 'PL'] as const),
]);
const NATIONAL_SURNAMES = [...NATIONAL_FIGURES.keys()].join('|');

const TITLE_WORDS =
  /^(?:(?:President|Commander|General|Colonel|Lieutenant|Major|Minister|Spokesman|Spokeswoman|Spokesperson|Chief|Prime)\s+)+/;

function nationalFigure(text: string): string | null {
  const surname = /(\p{Lu}[\p{L}-]+)\s*$/u.exec(text)?.[1];
  return surname ? (NATIONAL_FIGURES.get(surname) ?? null) : null;
}

/**
 * The claimant patterns, in the order KEYWORDS tests them. `compass`: what may stand between "of (the)" and the place of
 * a title (rule compassInTitle: "the governor of the central Cherkasy region", "of Ukraine's southern Odesa region").
 */
function claimantPatterns(compass: string, who = false): RegExp[] {
  return [
    // "Moscow Mayor Sergei Sobyanin", "Belgorod Governor Vyacheslav Gladkov", "Gov. Igor Artamonov"
    // ("Governor Igor Morin of the Voronezh region": the place after the name, rule titleNameOfPlace)
    new RegExp(
      String.raw`(?:${TITLE_PLACE}\s+)?(?:[Rr]egional\s+|[Aa]cting\s+)?(?:Gov\.|Governor|Mayor|Head|governor|mayor)\s+(${NAME})(\s+of\s+(?:the\s+)?${NATION_OF}${OCCUPIED}${compass}${PLACE_WORD}(?![\p{L}-]|\s+\p{Lu}))?`,
      'gu',
    ),
    // "Moscow's mayor, Sergei Sobyanin," / "the governor of Kursk, Alexei Smirnov,"
    new RegExp(
      String.raw`(?:${TITLE_PLACE}\s+|[Tt]he\s+${APPOINTED_BEFORE})(?:[Rr]egional\s+|[Aa]cting\s+)?(?:governor|mayor|Governor|Mayor|head)(?:\s+(?:of|for)\s+(?:the\s+)?${NATION_OF}${compass}${PLACE_WORD})?,\s+(${NAME}),`,
      'gu',
    ),
    // "Moscow's mayor", "the mayor of Moscow", "Lipetsk's regional governor", "the Belgorod governor" (not "the pro-Moscow
    // governor of Sevastopol"; "the governor for Moscow", as translations write it)
    // ("the head of the Bryansk region", "the head of Crimea installed by Russia": a head's title with its place, rule
    // headOfPlace; only where the title ends, before a comma or a verb of saying: not of a thing the place has, "the
    // head of the Kharkiv region's police", "the head of the Moscow office of the Red Cross", nor before a name; "the
    // head of the Kharkiv region's military administration" is the region's, second review)
    new RegExp(
      String.raw`(?:${TITLE_PLACE}\s+|[Tt]he\s+${APPOINTED_BEFORE})(?:[Rr]egional\s+|[Aa]cting\s+)?(?:governor|mayor|Governor|Mayor)(?:\s+(?:of|for)\s+(?:the\s+)?${NATION_OF}${compass}${PLACE_WORD})?` +
        String.raw`|[Tt]he\s+${APPOINTED_BEFORE}head\s+of\s+(?:the\s+)?${NATION_OF}${OCCUPIED}${compass}${PLACE_WORD}(?<!['’]s)(?:['’]s\s+(?:regional\s+)?(?:military\s+|state\s+)?administration)?(?=\s*[,.;:)]|\s+(?:said|says|told|tells|wrote|writes|reported|reports|added|adds|stated|noted|announced|confirmed|posted|urged|installed|appointed)\b)`,
      'gu',
    ),
    // ministries, air forces, general staffs; Ukraine's regional commands ("the Southern Defence Forces", "Defence Forces of
    // the South of Ukraine", "Operational Command South", "OC South")
    new RegExp(
      String.raw`${NATION}?(?:${REGIONAL_COMMAND}|[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry\s+of\s+[Dd]efen[cs]e|[Mm]inister\s+of\s+[Dd]efen[cs]e|[Dd]efen[cs]e\s+[Mm]inister|MoD|[Aa]ir\s+[Ff]orce|[Gg]eneral\s+[Ss]taff|[Aa]ir\s+[Dd]efen[cs]e\s+[Ff]orces|[Aa]rmed\s+[Ff]orces|[Nn]avy)`,
      'gu',
    ),
    // "the Russian military said", "Ukraine's army reported"
    new RegExp(String.raw`${NATION}(?:military|army)(?=\s+(?:said|says|reported|claimed|stated|announced))`, 'gu'),
    // "Sobyanin said", "according to Gladkov", a live-blog line "Sobyanin: …" — only officials the gazetteer knows
    new RegExp(String.raw`(${NAME})(?=\s+(?:said|says|wrote|reported|added|claimed)|:\s)`, 'gu'),
    // "Serhii Popko, head of the Kyiv City Military Administration", "Oleh Kiper, head of Odesa Oblast Military Administration"
    new RegExp(
      String.raw`(${NAME2}),\s+(?:the\s+)?(?:[Hh]ead|[Cc]hief|[Gg]overnor|[Mm]ayor)\s+of\s+(?:the\s+)?${ADMIN}`,
      'gu',
    ),
    // "the head of the Poltava Oblast Military Administration, Ivan Petrenko," / "the head of the republic, Artur Parfenchikov,"
    new RegExp(
      String.raw`(?:[Hh]ead|[Cc]hief)\s+of\s+(?:the\s+)?(?:${ADMIN}|republic|region|oblast|city)(?:,\s+(${NAME2}),)?`,
      'gu',
    ),
    // "the Sumy Oblast Military Administration", "the regional military administration"
    new RegExp(String.raw`${ADMIN}`, 'gu'),
    // "Gen. Valerii Zaluzhnyi", "Air Force Commander Mykola Oleshchuk", "spokesman Yurii Ihnat"
    new RegExp(
      String.raw`(?:(?:Lt\.\s+|Major\s+|Maj\.\s+)?Gen\.|General|Col\.|Colonel|[Cc]ommander(?:-in-[Cc]hief)?|[Ss]pokes(?:man|woman|person)|[Mm]inister)\s+(${NAME2})`,
      'gu',
    ),
    // "Oleh Syniehubov, governor of the Kharkiv region," / "Serhiy Lysak, the head of the Dnipropetrovsk region,"
    // ("Denis Pushilin, the Russian-installed head of Donetsk", "…, the pro-Moscow leader of Luhansk", "…, the governor
    // for Moscow": an occupation's appointee, a leader, a translation's "for", with rule appointedOfficial; not a place in
    // the possessive, "the head of Donetsk's water utility", review)
    // ("Vyacheslav Gladkov, who governs the Belgorod region,", "…, who is mayor of Kyiv,": the office in a relative
    // clause, rule whoGovernsPlace)
    new RegExp(
      String.raw`(${NAME2}),\s+(?:(?:the\s+|an?\s+)?${APPOINTED_BEFORE}(?:[Rr]egional\s+|[Aa]cting\s+)?(?:[Gg]overnor|[Mm]ayor|[Hh]ead|[Cc]hief|[Ll]eader)\s+(?:of|for)${who ? WHO_GOVERNS : ''})\s+(?:the\s+)?${NATION_OF}${compass}${PLACE_WORD}`,
      'gu',
    ),
    // "Governor of the Kursk region Alexei Korotkov"
    new RegExp(
      String.raw`(?:Governor|Mayor|Head)\s+of\s+(?:the\s+)?${NATION_OF}${compass}${PLACE_WORD}\s+(${NAME2})`,
      'gu',
    ),
    // "according to Mr Sobolev", "Ms. Ivanova said": a surname with an honorific, the official named before (the
    // extractor resolves it; see `honorificSurname`)
    new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`, 'gu'),
  ];
}
/** "central", "southern", "north-eastern", "border", "frontline" before a place after an official's title (rule compassInTitle). */
const TITLE_COMPASS = String.raw`(?:(?:central|southern|northern|eastern|western|(?:north|south)-?(?:east|west)ern|border|frontline|front-line)\s+)?`;
/** "the governor of the region of Leningrad", as translations from French, Spanish or Italian write it (rule regionOfPlace). */
const TITLE_REGION_OF = String.raw`(?:(?:region|province|oblast)\s+of\s+)?`;
/** "…, who governs", "…, who is (the) governor of": an official's office told in a relative clause (rule whoGovernsPlace). */
// (and "who heads the Russian-installed administration of the Zaporizhzhia region", "who is also mayor of Kyiv": the
// place after "of / in", not an appointer's demonym, review)
const WHO_GOVERNS = String.raw`|who\s+(?:also\s+)?(?:(?:is|was|serves\s+as)\s+(?:also\s+)?(?:the\s+)?(?:[Rr]egional\s+|[Aa]cting\s+)?(?:[Gg]overnor|[Mm]ayor|[Hh]ead|[Cc]hief|[Ll]eader)\s+(?:of|for)|(?:governs|heads|leads|runs)(?:\s+(?:the\s+)?(?:(?:Russian|Moscow|Kremlin)-(?:installed|backed|appointed|controlled)\s+)?(?:regional\s+)?(?:administration|authorities|government)\s+(?:of|in))?)`;
/**
 * The patterns for each setting of rules compassInTitle, regionOfPlace and whoGovernsPlace (index: compass + 2 × region
 * of + 4 × who).
 */
const PATTERN_SETS = [false, true].flatMap((who) => [
  claimantPatterns('', who),
  claimantPatterns(TITLE_COMPASS, who),
  claimantPatterns(TITLE_REGION_OF, who),
  claimantPatterns(TITLE_COMPASS + TITLE_REGION_OF, who),
]);

const HONORIFIC = 12;
/** The pattern of "Moscow's mayor", "the governor of Kursk" and "the head of the Bryansk region" (rule headOfPlace). */
const HEAD_OR_TITLE_OF_PLACE = 2;
/** "NAME, the governor of PLACE". */
const OFFICE_OF_PLACE = 10;

/** A body's forces after its name: "…'s air defence units", "… air defence repelled". */
const OWNS_FORCES = /^(?:['’]s)?\s+(?:air[-\s]defen[cs]es?|forces|units|troops)\b/i;

/** What of a ministry or force speaks for it: "the press service of", "a spokesman of", "the Telegram channel of". */
const SPEAKING_PART =
  /\b(?:press\s+(?:service|office)|service|spokes(?:man|woman|person)|commander(?:[-\s]in[-\s]chief)?|representative|statement|channel|briefing|website|account|page|headquarters|communications)\s+of\s+(?:the\s+)?$/i;

/** Claimant mentions in a sentence, in order; offsets index the body (base = sentence start). */
// Each pattern runs only when its keyword is present: the patterns are costly, the keywords are cheap.
const KEYWORDS: RegExp[] = [
  /Gov\.|[Gg]overnor|[Mm]ayor|Head/,
  /[Gg]overnor|[Mm]ayor|head/,
  /[Gg]overnor|[Mm]ayor|head of/,
  /[Mm]inist|MoD|[Ff]orce|[Ss]taff|[Nn]avy|Command|OC /,
  /military|army/,
  new RegExp(`\\b(?:${OFFICIALS_SURNAMES()}|${NATIONAL_SURNAMES})\\b`),
  ADMINISTRATION_WORD,
  /(?:[Hh]ead|[Cc]hief) of/,
  ADMINISTRATION_WORD,
  /Gen\.|General [A-Z]|Col(?:\.|onel) |[Cc]ommander|[Ss]pokes|[Mm]inister [A-Z]/,
  /, (?:the |an? )?(?:\S+ )?(?:[Rr]egional |[Aa]cting )?(?:[Gg]overnor|[Mm]ayor|[Hh]ead|[Cc]hief|[Ll]eader) (?:of|for)\b|, who (?:is|was|serves|governs|heads|leads|runs)\b/,
  /(?:Governor|Mayor|Head) of/,
  /\b(?:Mr|Mrs|Ms|Dr)\b/,
];

function OFFICIALS_SURNAMES(): string {
  return listOfficials()
    .map((o) => o.surname)
    .join('|');
}

/** Any of the keywords: a sentence without one (most) is done with one regex instead of twelve. */
const ANY_KEYWORD = new RegExp(KEYWORDS.map((k) => `(?:${k.source})`).join('|'));

export function findClaimants(
  sentence: string,
  base: number,
  /** The official named before, whom an honorific surname ("Mr Sobolev") may name again; unresolved, it is dropped. */
  before: ClaimantMention | null = null,
): ClaimantMention[] {
  const out: ClaimantMention[] = [];
  if (!ANY_KEYWORD.test(sentence)) return out;
  const patterns =
    PATTERN_SETS[(RULES.compassInTitle ? 1 : 0) + (RULES.regionOfPlace ? 2 : 0) + (RULES.whoGovernsPlace ? 4 : 0)]!;
  for (let p = 0; p < patterns.length; p++) {
    if (!KEYWORDS[p]!.test(sentence)) continue;
    const re = patterns[p]!;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      // (the place after the name read only with rule titleNameOfPlace; the mention ends at the name without it)
      // (a governor's or mayor's, not a "Head X of Kharkiv Oblenergo"; second review)
      const whole =
        p === 0 && m[2] !== undefined && (!RULES.titleNameOfPlace || /(?:^|\s)Head\s/.test(m[0]))
          ? m[0].slice(0, -m[2].length)
          : m[0];
      const start = base + m.index;
      const end = start + whole.length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      if (!RULES.possessiveAdministration && POSSESSIVE_ADMINISTRATION.test(m[0])) continue;
      // (the head's title with an appointee's adjective as rule appointedOfficial reads it, and only with it)
      if (
        p === HEAD_OR_TITLE_OF_PLACE &&
        /^[Tt]he\s+.*\bhead\s+of\b/.test(m[0]) &&
        (!RULES.headOfPlace || (!RULES.appointedOfficial && APPOINTED_SOMEWHERE.test(m[0])))
      )
        continue;
      if (p === OFFICE_OF_PLACE && !RULES.appointedOfficial && !PLAIN_OFFICE.test(m[0])) continue;
      // ("the head of Rostov's election commission", "of Donetsk's water utility": the title is of something the place
      // has, not of the place; "the head of Kyiv's military administration" is the place's, review)
      if (
        p === OFFICE_OF_PLACE &&
        RULES.appointedOfficial &&
        POSSESSED_THING.test(sentence.slice(Math.max(m.index, m.index + m[0].length - 12), m.index + m[0].length + 40))
      )
        continue;
      // "a Su-25 of the Ukrainian Air Force": an owner, not a speaker
      // (but "the press service of the Russian Defence Ministry", "a statement of the General Staff": the body speaks)
      if (
        p === 3 &&
        /\bof\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index)) &&
        !SPEAKING_PART.test(sentence.slice(Math.max(0, m.index - 40), m.index))
      )
        continue;
      const described = describe(whole, m[1], start, end, p);
      // "the Defence Ministry's air defence units brought down …": the ministry owns the forces that acted, and
      // speaks no more than they do (a speaker named elsewhere in the sentence is the claimant)
      const mention =
        described && p === 3 && RULES_ROUND2.ownerOfForces && OWNS_FORCES.test(sentence.slice(m.index + m[0].length))
          ? { ...described, actor: true }
          : described;
      if (mention?.honorific) {
        const resolved = resolveHonorific(mention, before);
        if (resolved !== mention) out.push(resolved);
      } else if (mention) out.push(mention);
    }
  }
  out.sort((a, b) => a.start - b.start);
  return RULES_ROUND2.personOfBody ? withPeopleOfBodies(sentence, base, out) : out;
}

/** Switches of the second claimant round (issue 11), each measured on `dev` alone. */
export const RULES_ROUND2 = {
  personOfBody: true,
  ownSpeaker: true,
  statementOf: true,
  actorSubject: true,
  anaphoric: true,
  particularRepeat: true,
  personOfOffice: true,
  ownerOfForces: true,
  pronoun: true,
  officeHolderRepeat: true,
};

/** A military rank before a name ("Lieutenant-General", "Maj. Gen.", "Colonel"). */
const RANK = String.raw`(?:(?:(?:Lieutenant|Lt\.|Major|Maj\.|Colonel|Col\.)[-\s]+)?(?:General|Gen\.)|Colonel|Col\.)`;
/** A body's title for the person who speaks for it. */
const TITLE = String.raw`(?:(?:official|chief|press)\s+)?(?:[Ss]pokes(?:man|woman|person)|[Cc]ommander(?:[-\s]in[-\s][Cc]hief)?|[Cc]hief|[Hh]ead|[Mm]inister)`;
/** "Defence Ministry spokesman Lieutenant-General Igor Safronov", "Ukraine's air force commander, Mykola Oliynyk,". */
const TITLE_NAME_AFTER = new RegExp(
  String.raw`^(?:['’]s?)?\s*,?\s+${TITLE},?\s+(?:${RANK}\s+)?(${NAME2})(?![\p{L}-])`,
  'u',
);
/** "Defence Minister Oleksii Marchuk": the body's words already end with the title. */
const NAME_AFTER_TITLE_BODY = new RegExp(String.raw`^,?\s+(?:${RANK}\s+)?(${NAME2})(?![\p{L}-])`, 'u');
/** "the commander of the Ukrainian air force, Mykola Oliynyk," / "a spokesman for Russia's Defence Ministry, Igor Konev,". */
const TITLE_OF_BEFORE = new RegExp(String.raw`\b${TITLE}\s+(?:of|for|at)\s+(?:the\s+)?$`, 'u');
const NAME_COMMA_AFTER = new RegExp(String.raw`^(?:['’]s?)?,\s+(?:${RANK}\s+)?(${NAME2})(?![\p{L}-])`, 'u');
/** "Igor Konev, the Russian Defence Ministry's spokesman," / "Valeriy Zaluzhnyi, the commander-in-chief of Ukraine's armed forces,". */
const NAME_COMMA_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(${NAME2}),\s+(?:the\s+|a\s+|an\s+)?(${TITLE}\s+(?:of|for|at)\s+(?:the\s+)?)?$`,
  'u',
);
const TITLE_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+${TITLE}\b`, 'u');
/** An office named by its title, not by its holder's name ("governor of the Tula region", "Sumy Oblast Military Administration"). */
const OFFICE = /governor|mayor|head|administration/i;
/** "Ivan Volkov, the " / "Ivan Volkov, who heads the " right before an office. */
const NAME_OF_OFFICE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(${NAME2}),\s+(?:who\s+(?:heads|leads|runs)\s+(?:the\s+)?|the\s+|)$`,
  'u',
);

/** ", Ivan Volkov," / ", Ivan Volkov." right after an office (its place's last word may fall outside the mention). */
const NAME_AFTER_OFFICE = new RegExp(
  String.raw`^(?:\s+(?:capital|region|city|territory|Territory|oblast|krai|republic))?,\s+(${NAME2})(?=\s*[,.;]|\s*$)`,
  'u',
);

/** Words that make two capitalised words a body or a title, not a person's name. */
const NOT_A_NAME =
  /\b(?:Ministry|Minister|Force|Forces|Staff|Command|Defen[cs]e|Air|Army|Navy|Military|Office|Service|General|Armed|Ukraine|Russia|Ukrainian|Russian|Telegram|President|Prime|Spokesman|Commander|Colonel|Lieutenant|Major|Chief|Head)\b/;

/**
 * A person named with the body they speak for is the claimant, as written ("Defence Ministry spokesman Igor Safronov
 * said" → "Igor Safronov"): claims.md's "Sergei Sobyanin", and the gold's reading wherever a name stands by a body's
 * title. The mention keeps the body's country and jurisdiction (a spokesman speaks for his ministry's side), so
 * nothing it places changes; its span covers both.
 */
function withPeopleOfBodies(sentence: string, base: number, mentions: ClaimantMention[]): ClaimantMention[] {
  if (!/[Ss]pokes|[Cc]ommander|[Cc]hief|[Hh]ead|[Mm]inister|[Gg]overnor|[Mm]ayor|[Aa]dministration/.test(sentence))
    return mentions;
  const out: ClaimantMention[] = [];
  for (const m of mentions) {
    // "Ivan Volkov, the governor of the Tula region," / "Ivan Volkov, who heads the Sumy Oblast Military Administration,"
    const official = RULES_ROUND2.personOfOffice && m.jurisdiction !== null && OFFICE.test(m.text);
    const nameBefore = official ? NAME_OF_OFFICE_BEFORE.exec(sentence.slice(0, m.start - base)) : null;
    if (nameBefore && !NOT_A_NAME.test(nameBefore[1]!)) {
      const start = m.start - nameBefore[0].length + nameBefore[0].indexOf(nameBefore[1]!);
      out.push({ ...m, text: nameBefore[1]!, start, actor: false });
      continue;
    }
    // "… said the head of the capital's military administration, Ivan Volkov." / "the mayor of the capital, Ivan Volkov,"
    const nameAfter = official ? NAME_AFTER_OFFICE.exec(sentence.slice(m.end - base)) : null;
    if (nameAfter && !NOT_A_NAME.test(nameAfter[1]!)) {
      out.push({ ...m, text: nameAfter[1]!, end: m.end + nameAfter[0].length, actor: false });
      continue;
    }
    if (m.jurisdiction !== null && !/ministry|minister|force|command|staff|army|military|navy/i.test(m.text)) {
      out.push(m);
      continue;
    }
    const from = m.start - base;
    const to = m.end - base;
    const after = sentence.slice(to);
    const before = sentence.slice(0, from);
    let name: string | null = null;
    let start = m.start;
    let end = m.end;
    const direct = /[Mm]inister$/.test(m.text) ? NAME_AFTER_TITLE_BODY.exec(after) : TITLE_NAME_AFTER.exec(after);
    if (direct) [name, end] = [direct[1]!, m.end + direct[0].length];
    else if (TITLE_OF_BEFORE.test(before)) {
      const n = NAME_COMMA_AFTER.exec(after);
      if (n) [name, end] = [n[1]!, m.end + n[0].length];
    }
    if (name === null) {
      const n = NAME_COMMA_BEFORE.exec(before);
      if (n && (n[2] !== undefined || TITLE_AFTER.test(after)))
        [name, start] = [n[1]!, base + before.length - n[0].length + n[0].indexOf(n[1]!)];
    }
    if (name === null || NOT_A_NAME.test(name)) {
      out.push(m);
      continue;
    }
    out.push({ text: name, start, end, country: m.country ?? nationalFigure(name), jurisdiction: m.jurisdiction });
  }
  // the person's own mention ("spokesman Igor Safronov", "Oleksii Marchuk said") is inside the merged one
  return out.filter(
    (m) => !out.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

function describe(
  whole: string,
  name: string | undefined,
  start: number,
  end: number,
  pattern: number,
): ClaimantMention | null {
  // "Mr Sobolev": no jurisdiction or country of its own until resolved against the official named before
  if (pattern === HONORIFIC) return { text: whole, start, end, country: null, jurisdiction: null, honorific: name! };
  const official = findOfficial(whole);
  // a capitalised word before "said" is not a claimant unless we know them
  if (pattern === 5 && !official && !nationalFigure(whole)) return null;
  if (pattern === 7 && !name && !/administration/i.test(whole)) return null; // "head of the region" with no name
  let text = whole.replace(/^(?:the|The)\s+/, '').replace(/,$/, '');
  // "Commander Mykola Oleshchuk said": a national figure's title is not their name
  if (pattern === 5 && !official) text = text.replace(TITLE_WORDS, '');
  if (name && (pattern === 0 || pattern === 1 || pattern >= 6)) text = name.trim();
  // ("As Ivan Volkov, head of …, put it": an opener is not part of the name)
  if (name && RULES_ROUND2.personOfOffice)
    text = text.replace(/^(?:As|But|And|Then|Meanwhile|Earlier|Later)\s+(?=\p{Lu})/u, '');
  if (pattern === 7 && !name) text = text.replace(/^(?:[Hh]ead|[Cc]hief)\s+of\s+(?:the\s+)?/, '');
  text = text.replace(/['’]s\s+(mayor|governor)/i, ' $1');
  // (the capital of "the Moscow-installed head of Crimea" appointed them: its place is not theirs)
  const places = findPlaces(whole);
  const region = (
    RULES.appointedOfficial && APPOINTED_SOMEWHERE.test(whole)
      ? findPlaces(whole.replace(APPOINTED_ANYWHERE, blank))
      : places
  ).find((p) => p.kind !== 'country' && p.kind !== 'demonym');
  const nation = places.find((p) => p.kind === 'country' || p.kind === 'demonym') ?? null;
  const isOfficial =
    /governor|mayor|gov\.|head|leader|chief|\bwho\s+(?:governs|leads|runs)\b/i.test(whole) ||
    ADMINISTRATION_WORD.test(whole) ||
    official !== null;
  // "the capital's military administration": military administrations are Ukraine's, so the capital is Kyiv
  const capitalAdmin =
    (!region || (region.kind === 'capital' && region.generic)) &&
    /capital['’]s(?:\s+city)?\s+military\s+administration/i.test(whole);
  // "the head of the Kyiv regional military administration": the oblast around a capital, not the city; so is a
  // governor's of Moscow or Kyiv ("the Kyiv governor", "the governor for Moscow"), whose city has a mayor (rule
  // capitalGovernor; St Petersburg's governor governs the city)
  const regional =
    region !== undefined &&
    CAPITAL_OBLAST[region.code] !== undefined &&
    (/^\s+regional\b/i.test(whole.slice(region.end)) ||
      OBLAST_ABBREVIATION.test(whole.slice(region.end)) ||
      (RULES.capitalGovernor &&
        GOVERNED_CAPITALS.has(region.code) &&
        /\b[Gg]overnor\b/.test(whole) &&
        !/\b[Mm]ayor\b/.test(whole)))
      ? CAPITAL_OBLAST[region.code]!
      : region?.code;
  const written = capitalAdmin ? 'UA-30' : isOfficial && region ? regional! : null;
  // (an office the mention writes out is about this person; the list matches a surname others may share, rule
  // writtenOfficeFirst)
  const jurisdiction = RULES.writtenOfficeFirst ? (written ?? official?.region ?? null) : (official?.region ?? written);
  const country =
    nation?.country ??
    (jurisdiction ? countryOf(jurisdiction) : null) ??
    (/\bBritish|Britain|UK\b/.test(whole) ? 'GB' : null) ??
    nationalFigure(name ?? whole);
  // ("Russia's air defence forces" as much as "Russian air defence forces")
  const actor =
    /^(?:(?:Russian|Ukrainian|Belarusian|(?:Russia|Ukraine|Belarus)['’]s)\s+)?(?:[Aa]ir\s+[Dd]efen[cs]e\s+[Ff]orces|[Aa]rmed\s+[Ff]orces)$/.test(
      text,
    );
  // (a surname alone placed by the list alone, which someone named before may resolve; rule listedSurnameNamedBefore)
  const listed =
    RULES.listedSurnameNamedBefore && official !== null && written === null && !/\s/.test(text)
      ? official.surname
      : undefined;
  return {
    text,
    start,
    end,
    country: country === 'GB' ? null : country,
    jurisdiction,
    actor,
    ...(listed ? { listed } : {}),
  };
}

function blank(text: string): string {
  return ' '.repeat(text.length);
}

/** A capital and the oblast around it ("the Kyiv regional administration" speaks for the oblast). */
const CAPITAL_OBLAST: Readonly<Record<string, string>> = { 'UA-30': 'UA-32', 'RU-MOW': 'RU-MOS', 'RU-SPE': 'RU-LEN' };
/** Capitals whose own head is a mayor, so that their "governor" is the oblast's (rule capitalGovernor). */
const GOVERNED_CAPITALS: ReadonlySet<string> = new Set(['UA-30', 'RU-MOW']);

function countryOf(code: string): string | null {
  return code.startsWith('SEA-') ? null : code.slice(0, 2);
}

/** A country, its capital, "the Kremlin", or officials ("Ukrainian officials", "local authorities"). */
const SPEAKING_COUNTRY = String.raw`(?:\b(?:Russia|Ukraine|Belarus|Poland|Moscow|Kyiv|Kiev|Minsk|Warsaw)\b(?!['’-])|\b(?:[Tt]he\s+)?Kremlin\b|\b(?:(?:Russian|Ukrainian|Belarusian|Polish|[Ll]ocal|[Rr]egional|[Mm]ilitary)\s+)?(?:[Oo]fficials|[Aa]uthorities)\b)`;
const SPEAKS = new RegExp(
  String.raw`(?<=\b[Aa]ccording\s+to\s+)${SPEAKING_COUNTRY}|(?<!\b(?:of|in|from|for|to|at|by|against)\s+)${SPEAKING_COUNTRY}(?=(?:,\s+(?:too|for\s+its\s+part|in\s+turn),)?\s+(?:(?:has|had|have|also|later|earlier|separately|itself)\s+){0,2}(?:said|says|say|reported|reports|report|claimed|claims|claim|announced|stated|confirmed|confirms)\b)`,
  'gu',
);
const SPEAKS_KEYWORD =
  /\b(?:Russia|Ukraine|Belarus|Poland|Moscow|Kyiv|Kiev|Minsk|Warsaw|Kremlin|[Oo]fficials|[Aa]uthorities)\b/;

const text = (spoken: string): string => spoken.replace(/^(?:the|The)\s+/, '');

/**
 * "Russia said it had shot down …", "…, Ukraine says", "Russian officials say", "according to Kyiv": a country, its
 * capital or its officials speaking, as written (without a leading "the") — the one before `at` nearest to it, else a
 * tag right after a comma after it ("…, Russia says"). Not "the Southern Command of Ukraine said" (part of a name).
 * Only the claimant's text: no mention (so no country, jurisdiction or span that could place a claim), and only where
 * nobody more particular is named in the sentence (the extractor asks when no mention gives the claimant).
 */
export function speakingCountry(sentence: string, at: number): string | null {
  if (!SPEAKS_KEYWORD.test(sentence)) return null;
  let best: string | null = null;
  SPEAKS.lastIndex = 0;
  for (let m = SPEAKS.exec(sentence); m !== null; m = SPEAKS.exec(sentence)) {
    if (m.index >= at) {
      // after the count, only the tag of its own clause ("…, Ukraine says"; not "…, while Russia says it downed …")
      if (best === null && /,\s+(?:according\s+to\s+)?(?:the\s+)?$/.test(sentence.slice(0, m.index))) best = text(m[0]);
      break;
    }
    best = text(m[0]);
  }
  return best;
}

/** "the ministry said", "the ministry's statement reads", "according to the command", "a statement from the ministry". */
const BARE_BODY = new RegExp(
  String.raw`\b[Tt]he\s+([Mm]inistry|command|military)(?:['’]s\s+(?:statement|press\s+service|report|data|update))?(?=\s+(?:(?:also|had|has|later|earlier)\s+){0,2}(?:said|says|reported|reports|added|adds|stated|states|announced|specified|wrote|writes|read|reads)\b)|(?<=\b(?:[Aa]ccording\s+to|(?:statement|report)\s+(?:from|of|by))\s+)the\s+([Mm]inistry|command|military)\b(?!\s+(?:statement|bulletin|report|update|data|sources?|officials?|spokes\w+|command|channel|post|briefing|summary|press|website|account|page))`,
  'gu',
);

/**
 * A body named only by its kind, as written: "the ministry's statement read" → "ministry". Only the claimant's text,
 * asked for when neither the sentence nor the claims and sentences before it name a claimant (a bare "the ministry"
 * after "the Russian Defence Ministry" is that ministry, which is kept) — the one before `at` nearest to it, else the first.
 */
export function bareBody(sentence: string, at: number): string | null {
  if (!/\b(?:[Mm]inistry|command|military)\b/.test(sentence)) return null;
  let best: string | null = null;
  BARE_BODY.lastIndex = 0;
  for (let m = BARE_BODY.exec(sentence); m !== null; m = BARE_BODY.exec(sentence)) {
    if (m.index >= at && best !== null) break;
    best = (m[1] ?? m[2])!;
    if (m.index >= at) break;
  }
  return best;
}

/** A verb of saying, after up to two adverbs or auxiliaries ("had earlier said", "also reported"). */
const SAYS = String.raw`(?:(?:has|had|have|also|later|earlier|then|previously|separately|further)\s+){0,2}(?:said|says|wrote|writes|reported|reports|added|adds|announced|announces|stated|states|posted|posts|tweeted|told|confirmed|confirms|noted)\b`;
const CAP = String.raw`\p{Lu}[\p{Ll}’'-]*\p{Ll}`;
/** "Martyniuk said", "S. Volkov wrote", "Ivan Volkov had reported", "according to Volkov", "…, said Ivan Volkov." */
const PERSON_SAYS = new RegExp(
  String.raw`(?<![\p{L}.’'-])((?:\p{Lu}\.\s?|${CAP}\s+)?${CAP})(?=,?\s+${SAYS})|(?<=\b[Aa]ccording\s+to\s+)((?:\p{Lu}\.\s?|${CAP}\s+)?${CAP})\b(?!\s+\p{Lu})|(?<=\b(?:said|says|wrote|reported|added)\s+)(${CAP}\s+${CAP})(?=\s*[,.]|\s*$)`,
  'gu',
);
/** Capitalised words that are not a person's given name or surname (sentence openers, titles, bodies, places, media). */
const NOT_PERSON = new RegExp(
  String.raw`^(?:The|A|An|It|He|She|They|We|This|That|These|Those|There|Earlier|Later|Meanwhile|But|And|Then|Now|Also|Previously|However|Separately|Still|Yet|So|On|In|At|By|For|From|After|Before|Since|Overnight|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Council|Administration|Service|Office|Committee|Department|Agency|Mr|Mrs|Ms|Dr|Governor|Mayor|Minister|President|General|Colonel|Commander|Spokesman|Spokeswoman|Head|Chief|Officials|Authorities|Reuters|Interfax|Ukrinform|Pravda|Independent|News|Post|Times|Agency|Press|Telegraph|Guardian|Journal|Kremlin|Pentagon|Moscow|Kyiv|Kiev|Minsk|Warsaw|Russia|Ukraine|Belarus|Poland|Russian|Ukrainian|Belarusian|Polish|British|American|Western|NATO|Telegram|Facebook)$`,
);

/**
 * A person speaking in the sentence whom the officials' list does not know, as written: a full name ("Ivan Volkov
 * said"), an initial ("S. Volkov wrote"), or a surname alone when the text before names someone with it ("Ivan
 * Volkov … Later, Volkov said"). Only the claimant's text: no mention, so nothing it finds places a claim.
 */
export function personSpeaking(sentence: string, at: number, before: string): string | null {
  if (!new RegExp(SAYS).test(sentence) && !/\b[Aa]ccording\s+to\s+\p{Lu}/u.test(sentence)) return null;
  let best: string | null = null;
  PERSON_SAYS.lastIndex = 0;
  for (let m = PERSON_SAYS.exec(sentence); m !== null; m = PERSON_SAYS.exec(sentence)) {
    const name = person((m[1] ?? m[2] ?? m[3])!, before + sentence.slice(0, m.index));
    if (name === null) continue;
    if (m.index >= at && best !== null) break;
    best = name;
    if (m.index >= at) break;
  }
  return best;
}

function person(written: string, before: string): string | null {
  const words = written.split(/\s+/);
  const surname = words[words.length - 1]!;
  if (NOT_PERSON.test(surname) || NOT_A_NAME.test(surname)) return null;
  const given = words.length > 1 ? words[0]! : null;
  // "Earlier Volkov had reported": an opener before the surname is not a given name
  if (given !== null && !given.endsWith('.') && (NOT_PERSON.test(given) || NOT_A_NAME.test(given)))
    return person(surname, before);
  if (given !== null) return written;
  // a surname alone: someone named before with it ("Ivan Volkov", "Governor Ivan Volkov", "I. Volkov")
  // (as they were named there, so that one person is one claimant in `byClaimant`)
  const full = new RegExp(String.raw`(?:^|[^\p{L}])(${CAP}|\p{Lu}\.)\s*${surname}(?![\p{L}-])`, 'u').exec(before);
  if (full && !NOT_PERSON.test(full[1]!) && !NOT_A_NAME.test(full[1]!)) return `${full[1]!} ${surname}`;
  return nationalFigure(surname) !== null ? surname : null;
}

/** A speaker named before that a bare body of this kind is ("the Russian MoD … The ministry said"). */
const SAME_KIND: Readonly<Record<string, RegExp>> = {
  ministry: /ministry|\bMoD\b/i,
  command: /command/i,
  military: /military/i,
};

/**
 * Who speaks in the sentence itself when no mention there names a speaker (only the forces that intercepted, or
 * nobody): a person the officials' list does not know ("Volkov said"), a country or its officials ("Ukraine had
 * earlier said", "Officials said"), or a body named by its kind ("the ministry said") — before a speaker carried from
 * the sentences before, as claims.md's "the attribution as written" reads, unless that speaker is the same kind of
 * body ("the Russian Defence Ministry … The ministry said": the ministry named in full is kept). Text only.
 */
export function ownSpeaker(sentence: string, at: number, before: string, earlier: string | null): string | null {
  if (!RULES_ROUND2.ownSpeaker) return speakingCountry(sentence, at);
  const spoken =
    personSpeaking(sentence, at, before) ??
    itSpeaker(sentence, before) ??
    speakingCountry(sentence, at) ??
    armySpeaking(sentence, at) ??
    forcesSpeaking(sentence, at);
  if (spoken !== null) return spoken;
  const kind = bareBody(sentence, at);
  // ("the Russian Defence Ministry … According to the ministry, …": the ministry named in full speaks here)
  if (kind !== null) return earlier !== null && SAME_KIND[kind.toLowerCase()]!.test(earlier) ? earlier : kind;
  return (
    bodyByWords(sentence, at, earlier) ??
    (RULES_ROUND2.statementOf ? statementOf(sentence, before) : null) ??
    pronounSpeaker(sentence, before)
  );
}

/** "It says …", "…, it added", "according to it": a body's pronoun speaking (rule itSpeaks). */
const IT_SPEAKS =
  /\b[Ii]t\s+(?:(?:also|later|then|further|has|had)\s+)?(?:said|says|added|adds|reported|reports|stated|states|noted|notes|wrote|writes)\b|\b[Aa]ccording\s+to\s+it\b/;

/**
 * A body's pronoun speaking ("It says the Ukrainian military managed to destroy 26 kamikaze drones" after "…, the press
 * service of the Southern Defence Forces said"): the latest claimant named in the text just before that is not a
 * person, as written there. Text only.
 */
function itSpeaker(sentence: string, before: string): string | null {
  if (!RULES_ROUND3.itSpeaks || !IT_SPEAKS.test(sentence)) return null;
  const named = findClaimants(before.slice(-400), 0).filter((m) => BODY_WORD.test(m.text));
  return named[named.length - 1]?.text ?? null;
}
/** A body's head word in a claimant's text ("Southern Defence Forces", "the Russian Defence Ministry"), not a person's name. */
const BODY_WORD =
  /\b(?:[Ff]orces?|[Mm]inistry|[Cc]ommand|[Ss]taff|[Aa]dministration|[Ss]ervice|[Cc]ouncil|[Gg]uard|[Nn]avy|[Aa]rmy|[Mm]ilitary|[Dd]epartment|[Oo]ffice|[Hh]eadquarters|[Aa]gency|MoD)\b/;

/** A person's name as a mention's whole text ("Ivan Volkov", "I. Volkov"). */
const PERSON_TEXT = new RegExp(String.raw`^(?:\p{Lu}\.\s?|${CAP}\s+)${CAP}(?:\s+${CAP})?$`, 'u');

/**
 * "'…,' he wrote", "According to him, …", "In his words, …": the person named last in the text before (within a few
 * sentences' reach), as they were named there. Text only.
 */
function pronounSpeaker(sentence: string, before: string): string | null {
  if (!RULES_ROUND2.pronoun || !PRONOUN_SPEAKS.test(sentence)) return null;
  const window = before.slice(-700);
  // the latest of: a person among the mentions, a person speaking, a name with an apposition ("X, who leads …,")
  let best: { at: number; name: string } | null = null;
  const take = (at: number, name: string | null): void => {
    if (name !== null && !NOT_A_NAME.test(name) && (best === null || at > best.at)) best = { at, name };
  };
  for (const m of findClaimants(window, 0)) if (PERSON_TEXT.test(m.text)) take(m.start, m.text);
  PERSON_SAYS.lastIndex = 0;
  for (let m = PERSON_SAYS.exec(window); m !== null; m = PERSON_SAYS.exec(window))
    take(m.index, person((m[1] ?? m[2] ?? m[3])!, window.slice(0, m.index)));
  APPOSITION.lastIndex = 0;
  for (let m = APPOSITION.exec(window); m !== null; m = APPOSITION.exec(window)) take(m.index, person(m[1]!, ''));
  return (best as { at: number; name: string } | null)?.name ?? null;
}
/** "Ivan Volkov, who leads …" / "Ivan Volkov, the governor …": a person's full name with an apposition. */
const APPOSITION = new RegExp(String.raw`(?<![\p{L}.’'-])(${CAP}\s+${CAP})(?=,\s+(?:who|the|a|an)\s)`, 'gu');

/** "the Ukrainian army also said", "according to the Russian military": a country's army speaking, as written. */
const ARMY_SPEAKS = new RegExp(
  String.raw`(?<=\b[Aa]ccording\s+to\s+)${NATION}(?:military|army)\b(?!\s+(?:statement|bulletin|report|update|data|sources?|officials?|spokes\w+|command|channel|post|briefing|summary|press))|\b${NATION}(?:military|army)(?=\s+${SAYS})`,
  'gu',
);

/** The army speaking nearest before `at`, else right after it. Text only (the mention pattern wants "said" at once). */
function armySpeaking(sentence: string, at: number): string | null {
  if (!/\b(?:military|army)\b/.test(sentence)) return null;
  let best: string | null = null;
  ARMY_SPEAKS.lastIndex = 0;
  for (let m = ARMY_SPEAKS.exec(sentence); m !== null; m = ARMY_SPEAKS.exec(sentence)) {
    if (m.index >= at && best !== null) break;
    best = m[0];
    if (m.index >= at) break;
  }
  return best;
}

/** "The statement said …", "according to the report": the document speaks for the body that issued it. */
const DOCUMENT_SPEAKS =
  /\b(?:[Tt]he\s+(?:statement|report|bulletin|update|message)(?=\s+(?:(?:also|further)\s+)?(?:said|says|added|adds|relayed|read|reads|stated|states|noted|specified|went\s+on)\b)|[Aa]ccording\s+to\s+the\s+(?:statement|report|bulletin|update|message)\b)/;
/** "the ministry's statement", "a statement from the ministry", "the ministry said": the body named before, by its kind. */
const BODY_BEFORE =
  /\b(?:[Tt]he\s+([Mm]inistry|command|military)(?=['’]s\s|\s+(?:said|says|reported|published|issued|released)\b)|(?:statement|report|bulletin|update|message)\s+(?:from|of|by)\s+the\s+([Mm]inistry|command|military)\b)/g;

/**
 * "A statement from the ministry said … The statement relayed that 8 drones had been destroyed": the body whose
 * statement speaks, named in the text before (the nearest: a body named in full, or a bare one, which takes the full
 * name of its kind when the text before gives one). Text only.
 */
export function statementOf(sentence: string, before: string): string | null {
  if (!DOCUMENT_SPEAKS.test(sentence)) return null;
  const window = before.slice(-1200);
  const named = findClaimants(window, 0).filter((m) => !m.actor && m.jurisdiction === null);
  let bare: { kind: string; at: number } | null = null;
  BODY_BEFORE.lastIndex = 0;
  for (let m = BODY_BEFORE.exec(window); m !== null; m = BODY_BEFORE.exec(window))
    bare = { kind: (m[1] ?? m[2])!, at: m.index };
  const full = named[named.length - 1] ?? null;
  if (bare === null) return full?.text ?? null;
  if (full !== null && full.start > bare.at) return full.text;
  const sameKind = named.filter((m) => SAME_KIND[bare.kind.toLowerCase()]!.test(m.text));
  return sameKind[sameKind.length - 1]?.text ?? bare.kind;
}

const PRONOUN_SPEAKS =
  /\b(?:he|she|they)\s+(?:(?:also|later|then|had|has|have)\s+)?(?:said|says|wrote|writes|added|adds|reported|reports|noted|stated|posted)\b|\b[Aa]ccording\s+to\s+(?:him|her|them)\b|\b[Ii]n\s+(?:his|her|their)\s+words\b/;

/** Whose forces: a country's adjective or possessive ("Ukrainian", "Russia's"), or "local", "duty". */
const SIDE = String.raw`(?:(?:Russian|Ukrainian|Belarusian|Polish|(?:Russia|Ukraine|Belarus|Poland)['’]s|[Ll]ocal|[Dd]uty)\s+)`;
/** Air defence in its English spellings, with what it is made of. */
const AIR_DEFENCE = String.raw`[Aa]ir[-\s][Dd]efen[cs]es?(?:\s+(?:systems?|forces|units|assets|crews))?`;
/** "Ukraine's air defences", "Russian air defence systems", "Ukrainian defenders", "Ukrainian forces", "the Russian military". */
const ACTOR = String.raw`(?:the\s+)?${SIDE}(?:${AIR_DEFENCE}|defenders|(?:[Dd]efen[cs]e\s+|[Aa]rmed\s+)?[Ff]orces|army|military|troops)|(?<![\p{L}-]\s*)${AIR_DEFENCE}`;
/** …as the subject of a verb that downs or claims ("… destroyed", "… have shot down", "…, however, claimed"). */
const ACTOR_SUBJECT = new RegExp(
  String.raw`(?<=^|[,;:–—-]\s|^\W+|\b(?:that|while|and|but)\s)(?:${ACTOR})(?=(?:,\s+(?:however|for\s+(?:its|their)\s+part|in\s+turn),)?\s+(?:(?:have|has|had|also|then|reportedly|successfully|further|managed\s+to|were\s+able\s+to|was\s+able\s+to)\s+){0,2}(?:destroy|down|shot|shoot|brought|bring|intercept|took|take|neutrali[sz]|obliterat|repel|claim|report|say|said|eliminat|knock|suppress)\w*)`,
  'u',
);

/**
 * The forces that intercepted, as the subject of the sentence, named as written ("Ukraine's air defences took down 84
 * drones", "Ukrainian defenders destroyed 52"): the claimant when nobody speaks in the sentence and nobody before
 * speaks for it — as "Russia's air defence forces" already were (README, Claimants). Text only, and only before `at`.
 */
export function actorSubject(sentence: string, at: number): string | null {
  if (!RULES_ROUND2.actorSubject || !/[Dd]efen|[Ff]orces|army|military|troops/.test(sentence)) return null;
  // ("'Air defence units destroyed 25 targets,' he said": a person named before speaks, not the forces)
  if (PRONOUN_SPEAKS.test(sentence)) return null;
  const m = ACTOR_SUBJECT.exec(sentence);
  return m && m.index < at ? m[0] : null;
}

/** What a sentence that attributes the one before it says: "so", "this", "it", "the information". */
const BACK = String.raw`(?:so|this|it|the\s+(?:information|news|figures?|interception|downing))`;
const TOLD = String.raw`(?:said|says|reported|reports|announced|announces|stated|states|confirmed|confirms|wrote|writes|posted|posts|shared|released|made\s+(?:this|it)\s+known)`;
/** The same, with what else a sentence that attributes the one before names it by (third round). */
const BACK3 = String.raw`(?:so|this|it|(?:the|this|these)\s+(?:information|news|figures?|numbers|data|interception|downing))`;
const TOLD3 = String.raw`(?:said|says|reported|reports|announced|announces|stated|states|confirmed|confirms|wrote|writes|posted|posts|shared|released|gave|published|provided)`;
/** "X released this information", "X gave these figures on Wednesday", "X made this known through Facebook". */
const TOLD_BACK = String.raw`(?:${TOLD3}\s+${BACK3}|made\s+(?:this|it|the\s+(?:information|news|figures?))\s+(?:known|public))`;
const ANAPHORIC_ROUND3 = [
  // "The downing was reported by X", "These figures, released by X on Monday, …"
  new RegExp(
    String.raw`^\W*(?:The\s+(?:downing|interception|destruction|information|news|figures?|numbers|data)|These\s+(?:figures|numbers|data))\s*,?\s+(?:was\s+|were\s+)?(?:${TOLD}|made\s+known|given|provided)\s+by\s+([^.;:]+?)(?=\s+(?:on|in|via|through|at|this|earlier|later)\b|[.;:]|$)`,
    'u',
  ),
  // "That, at least, was what X said"
  new RegExp(
    String.raw`^\W*(?:That|This)(?:,[^,.;]{1,20},)?\s+(?:is|was)\s+what\s+([^.;:]+?)\s+(?:said|says|reported|wrote|announced)\b`,
    'u',
  ),
];
/**
 * "The Russian Defence Ministry said so on Telegram", "Russia's Defence Ministry reported this", "X confirmed the
 * interception", "This was reported by X", "The announcement came from X", "X reports this, citing Y" (Y), "Source: X".
 */
const ANAPHORIC = [
  new RegExp(String.raw`^\W*This\s+was\s+(?:${TOLD}|made\s+known|announced|stated)\s+by\s+([^.;:]+)`, 'u'),
  new RegExp(String.raw`^\W*(?:The\s+)?(?:announcement|report|information|news)\s+came\s+from\s+([^.;:]+)`, 'u'),
  ...ANAPHORIC_ROUND3,
  new RegExp(String.raw`\b${TOLD}\s+(?:${BACK})\b[^.;]*?,?\s+citing\s+(?:the\s+)?([^.;:]+)`, 'u'),
  new RegExp(
    String.raw`^\W*(?:[^.;"“]*?\bthat\s+)?([^.;"“]+?)\s+(?:has\s+|had\s+|also\s+)?${TOLD_BACK}(?=\s*[.,;]|\s+(?:on|in|via|through|to|today|yesterday|earlier|later|this|on)\b|\s*$)`,
    'u',
  ),
];
/** "…, Serhiy Borzenko," / "…, Serhiy Borzenko": a person's name in apposition, which names the speaker. */
const APPOSED_NAME = new RegExp(String.raw`(?:^|,\s+)(${NAME2})(?=\s*,|\s*$)`, 'u');

/**
 * The speaker of the sentence right after a claim's, when that sentence only attributes it ("Nine drones were
 * destroyed over the Bryansk region. The region's governor said so on Telegram."): as written, a person with their
 * body as `findClaimants` reads them. Asked for a claim whose own sentence names no speaker. Text only.
 */
export function anaphoricAttribution(next: string | undefined, before: string): string | null {
  return anaphoricSpeaker(next, before)?.text ?? null;
}

/**
 * The same speaker with the one region their title names ("The head of the Dnipropetrovsk OVA, Serhii Lysenko, said
 * so": UA-12), or a null jurisdiction when the words that attribute the sentence name no office with a place.
 */
export function anaphoricSpeaker(
  next: string | undefined,
  before: string,
): { text: string; jurisdiction: string | null } | null {
  const found = anaphoricText(next, before);
  return found === null ? null : { text: found.text, jurisdiction: officeJurisdiction(found.words) };
}

/** The one jurisdiction the offices named in `words` have ("the head of the Cherkasy OVA"), else null. */
function officeJurisdiction(words: string): string | null {
  const codes = new Set(
    findClaimants(words, 0)
      .map((m) => m.jurisdiction)
      .filter((j): j is string => j !== null),
  );
  return codes.size === 1 ? [...codes][0]! : null;
}

/** The speaker's text, and the words of `next` that name them. */
function anaphoricText(next: string | undefined, before: string): { text: string; words: string } | null {
  if (!RULES_ROUND2.anaphoric || next === undefined) return null;
  if (
    !/\b(?:so|this|it|information|news|figures?|interception|downing|came\s+from|citing|these|numbers|data|what)\b/i.test(
      next,
    )
  )
    return null;
  for (const [i, re] of ANAPHORIC.entries()) {
    const m = re.exec(next);
    if (!m) continue;
    // ("Citing a statement by X, a news site wrote so": X)
    const cited = /^Citing\s+(?:an?\s+(?:statement|announcement|post|report)\s+(?:by|from|of)\s+)?([^,]+),/.exec(
      m[1]!.trim(),
    );
    const whole = (cited?.[1] ?? m[1]!).trim();
    const apposed = APPOSED_NAME.exec(whole)?.[1];
    if (apposed !== undefined && !NOT_A_NAME.test(apposed)) return { text: apposed, words: whole };
    // ("This was reported by X, Ukrinform reports": the first part; "As Ukrinform reported, X said so": the last)
    const parts = whole.split(',');
    const phrase = (i === ANAPHORIC.length - 1 ? parts[parts.length - 1]! : parts[0]!).trim();
    const named = findClaimants(phrase, 0).filter((c) => !c.actor);
    if (named.length > 0) return { text: named[named.length - 1]!.text, words: whole };
    const person = personSpeaking(`${phrase} said`, phrase.length, before);
    if (person !== null) return { text: person, words: whole };
    // a body or office by its own words ("the Southern Defence Forces of Ukraine", "Kyiv's military administration")
    if (
      phrase.split(/\s+/).length <= 9 &&
      /^(?:[Tt]he\s+)?\p{Lu}|^the\s/u.test(phrase) &&
      !/^(?:It|He|She|They|This|That|We)\b/.test(phrase)
    )
      return { text: phrase.replace(/^(?:the|The)\s+/, ''), words: whole };
    return null;
  }
  return null;
}

/** The forces alone as a claimant's text ("Air defence", "Russian air defence forces", "Ukraine's armed forces") */
// (not "the Ukrainian army" or "the Russian military": they speak as a body does)
const FORCES_ONLY = new RegExp(
  String.raw`^(?:[Tt]he\s+)?${SIDE}?(?:${AIR_DEFENCE}|defenders|troops|(?:[Dd]efen[cs]e\s+|[Aa]rmed\s+)?[Ff]orces)$`,
  'u',
);

/** A country or its capital speaking, as `speakingCountry` names it ("Ukraine", "Moscow", "the Kremlin"). */
const COUNTRY_ONLY = /^(?:[Tt]he\s+)?(?:Russia|Ukraine|Belarus|Poland|Moscow|Kyiv|Kiev|Minsk|Warsaw|Kremlin)$/;

/**
 * "Ukraine says 38 drones downed" (headline) … "Ukraine downed 38 of 60 drones, the Ukrainian air force said": the
 * claim is one, and a country speaking is the least particular of its attributions, so a repeat's named speaker
 * (a body, an official, a person) is taken over it. Only a country or capital alone gives way.
 */
export function moreParticular(kept: string | null, repeat: string | null): boolean {
  return (
    RULES_ROUND2.particularRepeat &&
    kept !== null &&
    repeat !== null &&
    ((COUNTRY_ONLY.test(kept) && !COUNTRY_ONLY.test(repeat)) ||
      // "Air defence destroys 11 drones over Voronezh region" … "…, the region's governor said": the forces that acted
      // in a headline give way to whoever speaks for the same claim
      (RULES_ROUND3.forcesHeadline && FORCES_ONLY.test(kept) && !FORCES_ONLY.test(repeat)) ||
      // "Voronezh governor says 12 drones destroyed" … "…, Governor Ivan Volkov said": the office's holder by name
      (RULES_ROUND2.officeHolderRepeat &&
        /\b(?:governor|mayor)\b/i.test(kept) &&
        PERSON_TEXT.test(repeat) &&
        !NOT_A_NAME.test(repeat)))
  );
}

/** Switches of the third claimant round (README "Claimants, third round"), each measured on `dev` alone. */
export const RULES_ROUND3 = {
  bodyByWords: true,
  forcesSpeaking: true,
  forcesHeadline: true,
  /** "It says the Ukrainian military managed to destroy 26 drones", "according to it": the body named last before speaks. */
  itSpeaks: true,
};

/** Words before a body's or office's head noun: places, a possessive, "local", "top", "military", "air". */
const BODY_MOD = String.raw`(?:\p{Lu}[\p{L}-]*(?:['’]s)?|(?:region|city|oblast|capital|country|republic|territory|province)['’]s|local|regional|city|oblast|district|military|top|operational|air|and|state)`;
/** The head noun of a body or office that speaks: an administration, a council, a command, a prime minister, a governor. */
const BODY_HEAD = String.raw`(?:[Aa]dministration|[Cc]ouncil|[Cc]ommand(?:\s+unit)?|[Dd]epartment|[Pp]rime\s+[Mm]inister|[Gg]overnors?|[Mm]ayor)`;
/** "the region's governor", "Kyiv's military administration", "the Polish prime minister", "the command in Kyiv". */
const BODY_PHRASE = String.raw`(?:[Ii]ts\s+${BODY_HEAD}|(?:[Tt]he\s+)?(?:(?:${BODY_MOD}\s+){1,5}${BODY_HEAD}|(?:military|command)\s+in\s+\p{Lu}[\p{L}-]+))`;
const SAYS_PLURAL = String.raw`(?:(?:has|had|have|also|later|earlier|then|previously|separately|further)\s+){0,2}(?:said|says|say|wrote|writes|reported|reports|report|added|adds|announced|announces|stated|states|posted|posts|confirmed|confirms|noted)\b`;
const BODY_SPEAKS = new RegExp(
  String.raw`(?<=\b[Aa]ccording\s+to\s+)${BODY_PHRASE}|(?<![\p{L}-]\s)${BODY_PHRASE}(?=(?:,\s+${NAME2},)?\s+${SAYS_PLURAL})`,
  'gu',
);
const BODY_SPEAKS_KEYWORD =
  /[Aa]dministration|[Cc]ouncil|[Cc]ommand|[Dd]epartment|[Mm]inister|[Gg]overnor|[Mm]ayor|military in/;
/** ", Ivan Volkov," right after the office, or "Ivan Volkov, " right before it: the holder by name. */
const HOLDER_AFTER = new RegExp(String.raw`^,\s+(${NAME2})(?=\s*[,.;]|\s*$)`, 'u');
const HOLDER_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${NAME2}),\s+$`, 'u');

/**
 * A body or office named by its own words, speaking in the sentence: "the region's governor said", "according to
 * Kyiv's military administration", "The Odesa City Council also reported", "Ukraine's top military command said", "the
 * command in Kyiv reported" — as written, or its holder when a name stands by it ("the city's mayor, Ivan Volkov,").
 * An office after an official named before ("Governor Ivan Volkov … the region's governor said") is that official, as
 * an administration after an administration is. The one before `at` nearest to it, else a tag right after the count
 * (", the region's governor said"). Text only: no mention, so nothing it finds places a claim.
 */
export function bodyByWords(sentence: string, at: number, earlier: string | null): string | null {
  if (!RULES_ROUND3.bodyByWords || !BODY_SPEAKS_KEYWORD.test(sentence)) return null;
  let best: RegExpExecArray | null = null;
  BODY_SPEAKS.lastIndex = 0;
  for (let m = BODY_SPEAKS.exec(sentence); m !== null; m = BODY_SPEAKS.exec(sentence)) {
    if (m.index >= at) {
      if (best === null && /(?:,["”’']?|[–—])\s+(?:according\s+to\s+)?$/.test(sentence.slice(0, m.index))) best = m;
      break;
    }
    best = m;
  }
  if (best === null) return null;
  const phrase = best[0];
  const holder =
    HOLDER_AFTER.exec(sentence.slice(best.index + phrase.length))?.[1] ??
    HOLDER_BEFORE.exec(sentence.slice(0, best.index))?.[1];
  if (holder !== undefined && !NOT_A_NAME.test(holder)) return holder;
  const office = /[Gg]overnors?$|[Mm]ayor$/.test(phrase);
  const person = earlier !== null && PERSON_TEXT.test(earlier) && !NOT_A_NAME.test(earlier);
  // ("the military department said" after "the Russian Defence Ministry": a body by its kind alone, no place or
  // country in its words, is the body named before)
  const byKindAlone = !office && !/\p{Lu}/u.test(phrase.replace(/^(?:The|Its)\s/, ''));
  if (
    earlier !== null &&
    ((office && (person || /governor|mayor|head/i.test(earlier))) ||
      (byKindAlone && !person) ||
      (/administration$/i.test(phrase) && /administration/i.test(earlier)))
  )
    return earlier;
  return phrase.replace(/^(?:the|The)\s+/, '');
}

/** "Ukraine's air defence says it …", "Russian air defence systems claimed to have …": the forces speaking for themselves. */
const FORCES_SPEAK = new RegExp(
  String.raw`(?:${ACTOR})(?=,?\s+(?:(?:has|have|had|also|later|earlier|then|itself|themselves)\s+){0,2}(?:said|says|say|claimed|claims|claim|reported|reports|report|announced|announces|stated|states|confirmed|confirms)\b)`,
  'gu',
);

/**
 * The forces that intercepted, speaking for themselves in the sentence ("Ukraine's air defence says it brought down a
 * jet", "Russian air defences claimed three missiles"): the speaker as written, before one carried from before — a
 * verb of saying makes them the sentence's own attribution, which the forces as a mere subject are not. The one
 * before `at` nearest to it. Text only.
 */
export function forcesSpeaking(sentence: string, at: number): string | null {
  if (!RULES_ROUND3.forcesSpeaking || !/[Dd]efen|[Ff]orces|troops/.test(sentence)) return null;
  let best: string | null = null;
  FORCES_SPEAK.lastIndex = 0;
  for (let m = FORCES_SPEAK.exec(sentence); m !== null && m.index < at; m = FORCES_SPEAK.exec(sentence)) best = m[0];
  return best;
}
