/**
 * Page furniture between paragraphs ("Advertisement", "5 min read", "Photo: Reuters / File", "Updated: 14:35 GMT",
 * "Share this article") is no sentence of the story. The rules link a count to the sentences just before and after it
 * (a place restated, a breakdown, a speaker two sentences back), so a furniture line between two of them broke the
 * link: put after the first paragraphs of the dev split, such lines changed the claims of 19 of 335 passages.
 * A line is furniture when it does not end as a sentence ends (nor with the colon of a lead-in, "These were:"), is short,
 * and names no threat, interception, place or date: a headline, a breakdown line ("Kursk region: 9", "In 8 other
 * regions: 21"), a heading that names a place and a dateline's date ("23 December 2024", which may date the claims
 * after it) are never dropped.
 */
import { findPlaces } from '@skytally/gazetteer';
import { eventDateOf } from './event-date';
import { TRIGGER_WORDS, WEAPON_HEADS } from './lexicon';
import type { Span } from './sentences';
import { tokens } from './tokens';

/** Characters that end a sentence (or a lead-in's colon), and the closing quotes and brackets that may follow them. */
const ENDS = new Set(['.', '!', '?', '…', ':']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/**
 * Whether the text ends as a sentence ends: /[.!?…:]["'”’»)\]]*$/, read from the end (the regex tried every position
 * of every sentence for a match that can only be at its end; the two sets share no character, so skipping the closers
 * and testing the one before is the same test).
 */
function endsAsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && ENDS.has(text[i]!);
}
const MAX_WORDS = 12;

/** The sentences without furniture lines; the first (the headline, or the lede) is always kept. The same array when none is dropped. */
export function withoutFurniture(sentences: Span[], publishedAt: string | null): Span[] {
  let kept: Span[] | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (i > 0 && isFurniture(s.text, publishedAt)) kept ??= sentences.slice(0, i);
    else kept?.push(s);
  }
  return kept ?? sentences;
}

/** "In 8 other regions: 21", "Other areas – 4": the tail of a breakdown, which names no place of its own. */
const UNNAMED_PART = /\b(?:regions?|oblasts?|areas?|provinces?)\s*[:–—-]\s*\d+\s*$/i;

function isFurniture(text: string, publishedAt: string | null): boolean {
  if (endsAsSentence(text) || UNNAMED_PART.test(text)) return false;
  const toks = tokens(text);
  let words = 0;
  for (const t of toks) {
    if (t.kind !== 'w') continue;
    if (++words > MAX_WORDS || WEAPON_HEADS.has(t.low) || TRIGGER_WORDS.has(t.low) || t.low === 'down') return false;
  }
  return findPlaces(text).length === 0 && eventDateOf(text, publishedAt) === null;
}
