/**
 * Deterministic, seeded generator of realistic news articles for the
 * benchmark: 1–6 KB bodies of report-like filler around interception claims
 * in varied phrasings (ministry totals with breakdowns, governor one-liners,
 * launched/shot-down, multi-region, country-scope, missiles), over every
 * Russian and Ukrainian region of the gazetteer, plus articles with no claim
 * at all. About 10 % are exact copies (same body, another outlet and id) and
 * 10 % near copies (wire prefix, a boilerplate line, a paragraph dropped) of
 * a recent article, so dedup does real work on both paths.
 *
 * Article i depends only on (seed, i) and on the articles before it, so any
 * prefix of a run is the same whatever the total: `generateArticles(1e4)` is
 * the first 10k of `generateArticles(1e6)`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { between, mulberry32, pick, type Rng } from '@skytally/random';
import { UNIT_WORDS } from '@skytally/text';

export interface RawArticle {
  id: string;
  url: string;
  source: string;
  title: string;
  publishedAt: string;
  body: string;
}

export interface GeneratorOptions {
  seed?: number;
  /** Simulated publication time of article 0 and the step between articles. */
  startMs?: number;
  stepMs?: number;
}

export type ArticleKind = 'original' | 'exact' | 'near';

interface Region {
  code: string;
  /** How a reporter names it: "the Bryansk region". */
  phrase: string;
  /** Bare stem for lists: "Bryansk". */
  stem: string;
}

const REGIONS_FILE = join(__dirname, '..', '..', 'libs', 'gazetteer', 'data', 'regions.json');

function loadRegions(): { ru: Region[]; ua: Region[] } {
  const data = JSON.parse(readFileSync(REGIONS_FILE, 'utf8')) as { regions: { code: string; stems: string[] }[] };
  const usable = data.regions.flatMap(({ code, stems: [stem] }) =>
    stem === undefined ? [] : [{ code, stem, phrase: `the ${stem} region` }],
  );
  return { ru: usable.filter((r) => r.code.startsWith('RU-')), ua: usable.filter((r) => r.code.startsWith('UA-')) };
}

const OUTLETS = [
  'Reuters',
  'AP',
  'AFP',
  'Kyiv Independent',
  'Meduza',
  'BBC',
  'TASS',
  'Interfax',
  'Ukrainska Pravda',
  'RFE/RL',
  'CNN',
  'Guardian',
];
const GOVERNORS = [
  'Alexander Gusev',
  'Vyacheslav Gladkov',
  'Alexander Bogomaz',
  'Igor Artamonov',
  'Vasily Anokhin',
  'Roman Starovoit',
  'Andrei Klychkov',
  'Oleh Syniehubov',
  'Vitaliy Kim',
  'Ivan Fedorov',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Filler: sentences assembled from parts, with enough vocabulary that two
// unrelated articles share few word pairs (they must not look like copies).
const SUBJECTS = [
  'Local officials',
  'Residents of the district',
  'Emergency services',
  'The regional administration',
  'Analysts in the capital',
  'Energy company engineers',
  'Railway operators',
  'A spokesperson for the city council',
  'Volunteers at the shelter',
  'Military bloggers',
  'Hospital staff',
  'School directors',
  'Farmers near the border',
  'Insurance assessors',
  "The mayor's office",
];
const VERBS = [
  'reported',
  'described',
  'warned about',
  'documented',
  'questioned',
  'discussed',
  'played down',
  'estimated',
  'photographed',
  'confirmed',
  'denied',
  'investigated',
  'recorded',
  'criticised',
  'assessed',
];
const OBJECTS = [
  'damage to a warehouse roof',
  'power cuts in several villages',
  'broken windows in an apartment block',
  'a fire at a fuel depot',
  'delays on the suburban railway',
  'debris in a private garden',
  'the closure of the regional airport',
  'queues at petrol stations',
  'a temporary evacuation of two streets',
  'craters in a wheat field',
  'new shelters for schoolchildren',
  'repairs to the substation',
  'sirens sounding for two hours',
  'a curfew in the border villages',
  'the price of building materials',
  'a shortage of generators',
  'traffic restrictions on the highway',
  'compensation for damaged cars',
  'drills at the local factory',
  'mobile network outages',
];
const TAILS = [
  'late on Tuesday evening',
  'according to preliminary information',
  'in a statement on Telegram',
  'during a briefing with reporters',
  'while the investigation continues',
  'without giving further details',
  'as crews worked through the night',
  'citing people familiar with the matter',
  'in comments to local media',
  'after an inspection of the site',
  'as the clean-up went on',
  'in a video address',
  'before the morning rush hour',
  'amid growing public concern',
  'as prices kept rising',
];
const ADJECTIVES = [
  'significant',
  'minor',
  'unprecedented',
  'familiar',
  'worrying',
  'limited',
  'widespread',
  'unexpected',
  'serious',
  'modest',
  'lasting',
  'temporary',
];
const NOUNS = [
  'harvest',
  'budget',
  'pipeline',
  'bridge',
  'hospital',
  'market',
  'refinery',
  'school',
  'factory',
  'port',
  'library',
  'stadium',
  'tram depot',
  'bakery',
  'pharmacy',
  'clinic',
  'depot',
  'dam',
  'pier',
  'warehouse',
  'newsroom',
  'garrison',
  'orchard',
  'quarry',
];

export class ArticleGenerator {
  private readonly rng: Rng;
  private readonly ru: Region[];
  private readonly ua: Region[];
  private readonly startMs: number;
  private readonly stepMs: number;
  /** Recent originals (body paragraphs, source), for exact and near copies. */
  private readonly recent: { paras: string[]; title: string }[] = [];
  private index = 0;

  constructor(opts: GeneratorOptions = {}) {
    this.rng = mulberry32(opts.seed ?? 20_260_101);
    ({ ru: this.ru, ua: this.ua } = loadRegions());
    this.startMs = opts.startMs ?? Date.UTC(2025, 0, 1);
    // 2 s apart: 1M articles span 23 days, inside dedup's 30-day horizon, so
    // the 1M memory figure is for a full index.
    this.stepMs = opts.stepMs ?? 2_000;
  }

  next(): RawArticle & { kind: ArticleKind } {
    const i = this.index++;
    const r = this.rng;
    const publishedAt = new Date(this.startMs + i * this.stepMs).toISOString();
    const source = pick(r, OUTLETS);
    const id = `bench-${i.toString(36).padStart(6, '0')}`;
    const roll = r();
    if (this.recent.length > 20 && roll < 0.2) {
      // Copies pick from the last few hundred originals: syndication is recent.
      const orig = item(this.recent, this.recent.length - 1 - Math.floor(r() * Math.min(300, this.recent.length)));
      if (roll < 0.1)
        return {
          id,
          url: `https://example.org/${source.toLowerCase().replace(/\W+/g, '-')}/${id}`,
          source,
          title: orig.title,
          publishedAt,
          body: orig.paras.join('\n\n'),
          kind: 'exact',
        };
      const paras = [...orig.paras];
      if (paras.length > 3) paras.splice(1 + Math.floor(r() * (paras.length - 2)), 1);
      paras[0] = `${source.toUpperCase()} — ${paras[0]}`;
      paras.push(
        pick(r, [
          'Follow our live coverage for updates.',
          'This story has been updated with more details.',
          'Subscribe to our newsletter for the latest news.',
        ]),
      );
      return {
        id,
        url: `https://example.org/${id}`,
        source,
        title: orig.title,
        publishedAt,
        body: paras.join('\n\n'),
        kind: 'near',
      };
    }
    const { paras, title } = this.original();
    this.recent.push({ paras, title });
    if (this.recent.length > 500) this.recent.shift();
    return {
      id,
      url: `https://example.org/${id}`,
      source,
      title,
      publishedAt,
      body: paras.join('\n\n'),
      kind: 'original',
    };
  }

  take(n: number): (RawArticle & { kind: ArticleKind })[] {
    return Array.from({ length: n }, () => this.next());
  }

  private original(): { paras: string[]; title: string } {
    const r = this.rng;
    // Body size uniform in 1–6 KB: a paragraph of filler is ~330 bytes.
    const target = between(r, 1000, 6000);
    const claims: string[] = [];
    const kindRoll = r();
    if (kindRoll >= 0.15) {
      claims.push(this.claimParagraph());
      if (r() < 0.35) claims.push(this.claimParagraph());
    }
    const paras: string[] = [];
    let size = claims.reduce((s, c) => s + c.length + 2, 0);
    while (size < target) {
      const p = this.fillerParagraph();
      paras.push(p);
      size += p.length + 2;
    }
    // Claims near the top, as news is written; then the rest of the story.
    for (const [k, claim] of claims.entries()) paras.splice(Math.min(paras.length, k * 2), 0, claim);
    const title = `${pick(r, ADJECTIVES)} ${pick(r, NOUNS)} ${pick(r, ['news', 'update', 'report', 'briefing'])} ${between(r, 1, 99_999)}`;
    return { paras, title: title.charAt(0).toUpperCase() + title.slice(1) };
  }

  private count(lo: number, hi: number): string {
    const n = between(this.rng, lo, hi);
    // Counts start at 1; up to twelve, half of them in words.
    return n <= 12 && this.rng() < 0.5 ? item(UNIT_WORDS, n) : String(n);
  }

  private claimParagraph(): string {
    const r = this.rng;
    const ru = this.ru;
    const t = Math.floor(r() * 8);
    switch (t) {
      case 0: {
        const [a, b, c] = [pick(r, ru), pick(r, ru), pick(r, ru)];
        const [x, y, z] = [between(r, 5, 40), between(r, 3, 30), between(r, 1, 20)];
        return `Russia's defence ministry said air defence units destroyed ${x + y + z} Ukrainian drones overnight: ${x} over ${a.phrase}, ${y} over ${b.stem} and ${z} over ${c.stem}. ${this.filler()}`;
      }
      case 1: {
        const a = pick(r, ru);
        return `${pick(r, ['Two', 'Three', 'Four', 'Five', 'Six'])} drones were downed over ${a.phrase} overnight, governor ${pick(r, GOVERNORS)} wrote on Telegram. ${this.filler()}`;
      }
      case 2: {
        const a = pick(r, ru);
        return `The governor said air defences shot down ${this.count(1, 12)} drones over ${a.phrase} on ${pick(r, DAYS)}. ${this.filler()}`;
      }
      case 3: {
        const launched = between(r, 20, 200);
        return `Russia launched ${launched} drones overnight, and Ukrainian air defences shot down ${between(r, 10, launched)} of them, the air force said. ${this.filler()}`;
      }
      case 4: {
        const [a, b] = [pick(r, ru), pick(r, ru)];
        if (a.code === b.code)
          return `Air defences destroyed ${this.count(2, 9)} drones over ${a.phrase}, officials said. ${this.filler()}`;
        return `Air defences destroyed ${this.count(2, 9)} drones over the ${a.stem} and ${b.stem} regions. ${this.filler()}`;
      }
      case 5:
        return `Russian air defences intercepted ${between(r, 10, 150)} drones over Russian regions overnight, the ministry reported. ${this.filler()}`;
      case 6: {
        const a = pick(r, this.ua);
        return `Ukraine's air force said it intercepted ${this.count(1, 12)} missiles over ${a.phrase} during the night. ${this.filler()}`;
      }
      default: {
        const a = pick(r, ru);
        const b = pick(r, ru);
        return `A total of ${between(r, 60, 140)} drones were intercepted across Russian regions, including ${between(r, 10, 30)} over ${a.phrase} and ${between(r, 5, 25)} over ${b.stem}, the ministry reported. ${this.filler()}`;
      }
    }
  }

  private filler(): string {
    const r = this.rng;
    // A distance or a head count in most sentences, as in real reports; it also
    // keeps dedup's number guard from calling two unrelated stories copies.
    const where = r() < 0.5 ? `near the ${pick(r, NOUNS)}` : `some ${between(r, 2, 180)} km from the ${pick(r, NOUNS)}`;
    return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${where} ${pick(r, TAILS)}.`;
  }

  private fillerParagraph(): string {
    const r = this.rng;
    const out: string[] = [];
    for (let s = between(r, 2, 4); s > 0; s--) out.push(r() < 0.3 ? this.filler() : this.proseSentence());
    return out.join(' ');
  }

  /**
   * A sentence of content words from a large vocabulary between common
   * function words: like real prose, two unrelated stories share few word
   * pairs beyond "of the", so dedup's LSH finds few candidates (a small,
   * templated vocabulary made every article a candidate of every other).
   */
  private proseSentence(): string {
    const r = this.rng;
    const words: string[] = [];
    for (let n = between(r, 10, 20); n > 0; n--) {
      words.push(r() < 0.4 ? pick(r, FUNCTION_WORDS) : item(VOCAB, Math.floor(VOCAB.length * r() ** 2)));
    }
    if (r() < 0.4)
      words.splice(
        between(r, 1, words.length - 1),
        0,
        String(between(r, 2, 900)),
        pick(r, ['people', 'km', 'homes', 'metres', 'tonnes', 'families']),
      );
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${pick(r, ['.', '.', '.', ',' + ' ' + pick(r, TAILS) + '.'])}`;
  }
}

const FUNCTION_WORDS = [
  'the',
  'of',
  'and',
  'in',
  'to',
  'a',
  'for',
  'on',
  'with',
  'said',
  'was',
  'that',
  'by',
  'at',
  'from',
  'as',
  'its',
  'after',
  'which',
  'were',
];
/** Syllables of made-up filler words (also the dedup bench's vocabulary). */
export const SYLLABLES: readonly string[] = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sta',
  'vo',
  'gra',
  'den',
  'pol',
  'tri',
  'zak',
  'ber',
  'ov',
  'in',
  'sk',
  'ya',
  'chu',
  'mar',
  'tel',
  'os',
  'ven',
  'dra',
  'pe',
  'lin',
  'cor',
  'um',
  'at',
  'ist',
  'ro',
];
/** 20,000 pseudo-words, drawn with a skew (r²) so some are common, as in prose. Fixed seed: the same in every run. */
const VOCAB: string[] = (() => {
  const r = mulberry32(0x70c4b);
  const seen = new Set<string>();
  while (seen.size < 20_000) {
    let w = '';
    for (let n = between(r, 2, 4); n > 0; n--) w += pick(r, SYLLABLES);
    seen.add(w);
  }
  return [...seen];
})();

/** The first n articles of the seeded stream. */
export function generateArticles(n: number, opts: GeneratorOptions = {}): (RawArticle & { kind: ArticleKind })[] {
  return new ArticleGenerator(opts).take(n);
}

/** The item at an index the caller computed inside the list. */
function item<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`index ${index} outside a list of ${list.length}`);
  return value;
}
