/**
 * npx tsx libs/extraction/test/nlp-trial.ts
 *
 * Measures two libraries against the hand-written parts they would replace,
 * on the real-news corpus's dev split (never on test):
 *   - wink-nlp + wink-eng-lite-web-model: sentence boundaries (for
 *     splitSentences), with their cost per article;
 *   - chrono-node: the event date of a sentence (for event-date.ts).
 * Prints dev P/R/F1, eventDate agreement on matched claims and µs per article
 * for each variant. The choice and the figures are in ../README.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { eventDateOf } from '../src/event-date';
import { extractClaimsWith, type Parts } from '../src/extract-claims';
import { splitSentences } from '../src/sentences';
import { addTally, newFields, prf, scorePassage, ZERO, type GoldClaim, type PredictedClaim } from './score-real';
import type { Span } from '../src/sentences';

const DEV = join(__dirname, '../../../tests/fixtures/extract/real/dev');
const passages = readdirSync(DEV)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map(
    (f) =>
      JSON.parse(readFileSync(join(DEV, f), 'utf8')) as {
        id: string;
        body: string;
        publishedAt: string;
        gold: GoldClaim[];
      },
  );

const nlp = winkNLP(model);
const its = nlp.its;

/** wink's sentences as character spans of the body (offsets rebuilt from each token's preceding spaces). */
function winkSentences(text: string): Span[] {
  const doc = nlp.readDoc(text);
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's `its` helpers are plain functions made to be passed (no `this`)
  const { value, precedingSpaces, span } = its;
  const values: string[] = doc.tokens().out(value);
  const spaces: string[] = doc.tokens().out(precedingSpaces);
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    // wink may normalise a token; find it from here so offsets stay true to the body
    const found = text.indexOf(values[i]!, at);
    const start = found >= 0 && found - at < 4 ? found : at;
    starts.push(start);
    ends.push(start + values[i]!.length);
    at = start + values[i]!.length;
  }
  const out: Span[] = [];
  for (const [first, last] of doc.sentences().out(span) as unknown as Array<[number, number]>) {
    const start = starts[first] ?? 0;
    const end = ends[last] ?? text.length;
    // wink does not break at blank lines (headlines, list lines): split there too, as the hand-written splitter does
    let from = start;
    for (const m of text.slice(start, end).matchAll(/\n+/g)) {
      const cut = start + m.index;
      if (cut > from) out.push({ start: from, end: cut, text: text.slice(from, cut) });
      from = cut + m[0].length;
    }
    if (end > from) out.push({ start: from, end, text: text.slice(from, end) });
  }
  return out.filter((s) => s.text.trim().length > 0);
}

function chronoDate(sentence: string, publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  const ref = new Date(publishedAt);
  const r = chrono.en.parse(sentence, { instant: ref, timezone: 'UTC' }, { forwardDate: false });
  const hit = r.find(
    (x) => x.start.isCertain('day') || x.start.isCertain('weekday') || /night|today|yesterday/i.test(x.text),
  );
  if (!hit) return null;
  return hit.start.date().toISOString().slice(0, 10);
}

function run(name: string, parts: Parts): void {
  let tally = ZERO;
  const fields = newFields();
  const started = process.hrtime.bigint();
  for (const p of passages) {
    const predicted = extractClaimsWith(
      { articleId: p.id, body: p.body, publishedAt: p.publishedAt },
      parts,
    ) as unknown as PredictedClaim[];
    tally = addTally(tally, scorePassage(p.gold, predicted, fields).tally);
  }
  const us = Number(process.hrtime.bigint() - started) / 1000 / passages.length;
  const m = prf(tally);
  console.log(
    `${name.padEnd(34)} P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)}  eventDate ${fields.eventDate.agree}/${fields.eventDate.checked}  ${us.toFixed(0).padStart(6)} µs/article`,
  );
}

function cost(name: string, fn: (t: string) => unknown): void {
  const text = passages
    .map((p) => p.body)
    .join('\n\n')
    .slice(0, 3700);
  for (let i = 0; i < 20; i++) fn(text);
  const n = 300;
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(text);
  const us = Number(process.hrtime.bigint() - started) / 1000 / n;
  console.log(
    `${name.padEnd(34)} ${us.toFixed(0).padStart(6)} µs per 3.7 KB article (${Math.round(1e6 / us)} articles/s on one core)`,
  );
}

console.log(`dev: ${passages.length} passages\n`);
run('hand-written (as shipped)', {});
run('wink-nlp sentences', { sentences: winkSentences });
run('chrono-node event dates', { eventDate: chronoDate });
run('wink sentences + chrono dates', { sentences: winkSentences, eventDate: chronoDate });
console.log('');
cost('wink-nlp readDoc + sentences', (t) => winkSentences(t));
cost('hand-written splitSentences', (t) => splitSentences(t));
cost('chrono-node, every sentence', (t) => splitSentences(t).map((s) => chronoDate(s.text, '2025-05-10T08:00:00Z')));
cost('hand-written eventDateOf, every sentence', (t) =>
  splitSentences(t).map((s) => eventDateOf(s.text, '2025-05-10T08:00:00Z')),
);
