/**
 * Does a count report an interception? Finds the word that governs it:
 * inside the phrase ("nine intercepted UAVs"), a passive after it ("64 of
 * these drones were shot down"), an active verb before it in the same
 * clause ("destroyed two drones"), or a verb right after it ("32 drones
 * struck Odesa"). Then rules out denials, hypotheticals, cumulative tallies
 * and things destroyed on the ground.
 */
import type { Weapon } from '@skytally/contracts';
import type { Count } from './counts';
import { DOWN_VERBS, MODIFIER_FOLLOWERS, NEUTRAL_VERBS, OTHER_VERBS, TRIGGER_WORDS } from './lexicon';
import type { Tok } from './tokens';

export type Polarity = 'claim' | 'other' | 'neutral' | 'none';

export interface Governor {
  polarity: Polarity;
  /** Token index of the governing word, or -1. */
  at: number;
}

const AUX = new Set('were was are is have has had been being be got get reportedly also all successfully then later allegedly reported reportedly subsequently quickly reliably respectively'.split(' '));
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '—', '–', '.', '!', '?']);
const NEGATORS = new Set(['not', 'never', 'no', 'none', 'nor', 'neither', 'could', 'would', 'can', 'cannot', 'might', 'may', 'will', 'should', 'unable', 'failed', 'fail', 'fails', 'capable', 'able', 'designed', 'if']);
const TO_BLOCKERS = new Set('able unable capable designed plans plan planned aim aims aimed intended intends intend tried try trying attempt attempted attempting failed fails fail want wants wanted seek seeks sought expected likely ready ability need needs needed meant order'.split(' '));
const DESTROY = /^(destroy|destroyed|destroying|destroys|destruction|eliminate|eliminated|eliminating)$/;
const GROUND = /\b(in|by|during) (a|an|the|their|its|this|that|one|several|these)? ?(\w+ ){0,2}(strike|strikes|attack on|raid|shelling|bombardment)\b|\bon the ground\b|\b(at|in|on) (a|an|the|their|its|one|two|several|this|that)? ?(\w+ ){0,3}(air ?base|airbase|airfield|air field|airport|aerodrome|base|bases|depot|depots|warehouse|warehouses|hangar|hangars|storage|arsenal|plant|factory|workshop|parking|positions|launch sites?|launchers?)\b|\bparked\b/i;
const AIR_CONTEXT = /\b(shot down|shoot down|downed|intercept\w*|in the air|in the sky|in mid-?air|in aerial|air defen[cs]e|anti-aircraft|air-defen[cs]e|over )/i;
const CUMULATIVE = /\bsince the (start|beginning|outset) of\b|\bin total since\b|\bsince (february|feb\.?) 2022\b|\bsince 2022\b/i;

export function governorOf(toks: Tok[], c: Count, counts: Count[]): Governor {
  // 1. inside the phrase: "nine intercepted UAVs", "20 launched drones"
  for (let k = c.numTo; k < c.npTo; k++) {
    const p = verbPolarity(toks, k);
    if (p) return { polarity: p, at: k };
  }
  // 2. a passive or verb right after the phrase
  const right = rightGovernor(toks, c, counts);
  if (right && right.passive) return right.gov;
  // 3. an active verb before the count, in the same clause
  const left = leftGovernor(toks, c);
  if (left) return left;
  if (right) return right.gov;
  return { polarity: 'none', at: -1 };
}

function verbPolarity(toks: Tok[], k: number): Polarity | null {
  const w = toks[k]!.low;
  if (TRIGGER_WORDS.has(w)) return 'claim';
  if (w === 'down' && DOWN_VERBS.has(toks[k - 1]?.low ?? '')) return 'claim';
  if (DOWN_VERBS.has(w) && toks[k + 1]?.low === 'down') return 'claim';
  if (OTHER_VERBS.has(w)) return 'other';
  if (NEUTRAL_VERBS.has(w)) return 'neutral';
  return null;
}

function rightGovernor(toks: Tok[], c: Count, counts: Count[]): { gov: Governor; passive: boolean } | null {
  let aux = false;
  const nextCount = counts.find((o) => o.from > c.from);
  const stop = Math.min(toks.length, c.npTo + 7, nextCount ? nextCount.from : Infinity);
  for (let k = c.npTo; k < stop; k++) {
    const t = toks[k]!;
    if (t.kind === 'p') {
      if (CLAUSE_PUNCT.has(t.raw)) return null;
      continue;
    }
    if (AUX.has(t.low) || t.low.endsWith('ly')) {
      if (AUX.has(t.low) && !['reportedly', 'also', 'all', 'then', 'later', 'allegedly', 'subsequently', 'quickly', 'reliably', 'successfully', 'respectively'].includes(t.low)) aux = true;
      continue;
    }
    if (t.low === 'not' || t.low === 'never') return { gov: { polarity: 'none', at: k }, passive: true };
    const p = verbPolarity(toks, k);
    if (p === null) {
      // "45 drones in total were shot down": let a short prepositional phrase pass
      if (['in', 'total', 'over', 'the', 'a', 'an', 'overnight', 'on', 'by'].includes(t.low) || /^\p{Lu}/u.test(t.raw)) continue;
      return null;
    }
    if (p === 'other' && !aux && MODIFIER_FOLLOWERS.has(toks[k + 1]?.low ?? '')) continue; // "drones launched from Ukraine"
    const at = DOWN_VERBS.has(t.low) ? k + 1 : k;
    return { gov: { polarity: p, at }, passive: aux || p === 'claim' };
  }
  return null;
}

function leftGovernor(toks: Tok[], c: Count): Governor | null {
  for (let k = c.from - 1, seen = 0; k >= 0 && seen < 12; k--, seen++) {
    const t = toks[k]!;
    if (t.kind === 'p') {
      if (CLAUSE_PUNCT.has(t.raw) && !(c.bare && t.raw === ',')) return null;
      continue;
    }
    const p = verbPolarity(toks, k);
    if (p) return { polarity: p, at: k };
    if (t.low === 'none' && toks[k + 1]?.low === 'of') return { polarity: 'none', at: k };
  }
  return null;
}

/** Rules out what is written as an interception but is not one. */
export function vetoed(toks: Tok[], c: Count, gov: Governor, sentence: string, base: number, weapon: Weapon): boolean {
  if (gov.at < 0) return false;
  // denials and hypotheticals: "did not intercept", "could intercept 50", "able to shoot down"
  const g = gov.at;
  const firstVerb = toks[g]!.low === 'down' ? g - 1 : g;
  for (let k = Math.max(0, firstVerb - 3); k < firstVerb; k++) {
    const w = toks[k]!.low;
    if (NEGATORS.has(w) && !(w === 'no' && toks[k + 1]?.low === 'longer')) return true;
    if (w === 't' && toks[k - 1]?.raw.match(/^['’]$/)) return true; // didn't, couldn't
  }
  if (toks[firstVerb - 1]?.low === 'to' && TO_BLOCKERS.has(toks[firstVerb - 2]?.low ?? '')) return true;
  if (toks[firstVerb - 1]?.low === 'of' && TO_BLOCKERS.has(toks[firstVerb - 2]?.low ?? '')) return true; // capable of intercepting
  // "none of the 20 drones", "not a single drone"
  const before = toks.slice(Math.max(0, c.from - 3), c.from).map((t) => t.low).join(' ');
  if (/\bnone of( the)?$|\bnot$|\bnot a$|\bnot one$|\bzero$/.test(before)) return true;
  if (CUMULATIVE.test(sentence)) return true;
  // destroyed on the ground, in a strike, at an airbase
  if (DESTROY.test(toks[g]!.low)) {
    const from = Math.min(toks[g]!.start, toks[c.from]!.start) - base;
    const tail = sentence.slice(Math.max(toks[g]!.end, toks[c.npTo - 1]?.end ?? 0) - base);
    const head = sentence.slice(0, from);
    if (GROUND.test(tail.slice(0, 120)) || /\b(strike|strikes|attack) on\b[^.]*$/i.test(head)) return true;
    // an aircraft "destroyed" is a loss on the ground unless the text puts it in the air
    if (weapon === 'aircraft' && !AIR_CONTEXT.test(sentence)) return true;
  }
  return false;
}
