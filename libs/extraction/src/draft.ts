/**
 * A claim in the making: what one sentence found for one count, with what the document passes need to link it to the
 * article's other counts (its sentence, whether it is a part, a list item, a restatement, a definite singular …).
 */
import type { Claim } from '@skytally/contracts';

export type ExtractedClaim = Claim & { claimId: string; partOf: string | null };

export interface Draft {
  claim: Claim;
  /** Where the count's phrase ends in the body: to find "N missiles and M drones over X". */
  countEnd: number;
  /** Where the count's number starts in the body. */
  countStart?: number;
  sentence: number;
  partitive: boolean;
  listItem: boolean;
  outOf: boolean;
  firstInSentence: boolean;
  claimantExplicit: boolean;
  /** The forces that intercepted, subject of the sentence: the claimant when none is found, in repeats either. */
  actorClaimant?: string;
  /** The speaker of the next sentence when it only attributes this one ("… The ministry said so."). */
  anaphorClaimant?: string;
  /** Made in a line with no closing stop (a headline), whose "Ukraine says" gives way to a repeat's named speaker. */
  headline?: boolean;
  partOf: number | null;
  /** Its clause opens with "as well as", "plus": it shares the verb (and the place) of the count before it. */
  alsoOf: boolean;
  /** Country scope only because the text named no place at all (not "over Russia"). */
  unplaced: boolean;
  /** Placed by a restatement in another sentence: its place is not shared with counts coordinated with it. */
  restated?: boolean;
  /** "another drone", "a further UAV", "one more Shahed": a count that adds to one before, never a repeat of a later one. */
  additive?: boolean;
  /** "the drone was shot down": a definite singular, a claim only where nothing else in the article counts it. */
  definite?: boolean;
  /** One downed threat told only by where its debris fell (debrisOfOneDowned): a claim only where nothing else counts it. */
  debris?: boolean;
  /** "one over A and the other over B": the second of a pair, never a repeat of the first (nor of another claim). */
  pairOther?: boolean;
  /** Its own clause gives a place no subdivision holds ("across the country", "over five regions", "and elsewhere"). */
  vague?: boolean;
}
