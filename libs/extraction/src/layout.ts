/**
 * The article's layout as the rules read it (`@skytally/text`, layout.ts): a hard-wrapped text's soft line breaks as
 * spaces, then the bullets that open its lines as line breaks, one character for one. Wrapping the dev split at 72
 * columns changed the claims of 597 of its 2,565 passages before, an emoji before each paragraph 43 to 45 ("Thirty-fourth
 * round" in ../README.md). Each fold is a switchable rule (softLineBreaks, lineBullets).
 */
import { blankLineBullets, unwrapLines } from '@skytally/text';
import { RULES } from './rules';

/** The text with its soft line breaks and line bullets folded (the same string when it has neither, as most have). */
export function foldLayout(text: string): string {
  const unwrapped = RULES.softLineBreaks ? unwrapLines(text) : text;
  return RULES.lineBullets ? blankLineBullets(unwrapped) : unwrapped;
}
