import { OFFICIALS } from './gazetteer.data';
import type { Official } from './gazetteer.types';

const BY_SURNAME = new Map<string, Official>(OFFICIALS.map((o) => [o.surname.toLowerCase(), o]));
const CAPITALISED_WORD = /\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g;

/**
 * The official a claimant phrase names ("Moscow Mayor Sergei Sobyanin",
 * "Gladkov"), when the data knows them. Used to place a claim an official
 * makes about their own jurisdiction without naming it.
 */
export function findOfficial(text: string): Official | null {
  if (typeof text !== 'string') return null;
  CAPITALISED_WORD.lastIndex = 0;
  for (let m = CAPITALISED_WORD.exec(text); m !== null; m = CAPITALISED_WORD.exec(text)) {
    const o = BY_SURNAME.get(m[0].toLowerCase());
    if (o) return o;
  }
  return null;
}
