/**
 * The twentieth round's structures (README, "Twentieth round"), each with invented sentences (no corpus sentence)
 * and a row where the rule could reach too far.
 */
import { extractClaims } from './extract-claims';
import { withRulesOff } from './rules';

const dates = (body: string, publishedAt = '2024-06-09T08:00:00Z'): string[] =>
  extractClaims({ articleId: 't', body, publishedAt }).map((c) => `${c.count} ${c.weapon}: ${c.eventDate}`);

describe('a claim told again takes the date of whichever statement dates it', () => {
  // 2024-06-09 is a Sunday
  const headlineThenLede =
    "Ukraine says it downed 14 Russian drones\n\nKYIV (Reuters) - Ukraine's air force said on Saturday it had shot down 14 drones launched by Russia.";
  it('dates an undated headline claim by its lede', () => {
    expect(dates(headlineThenLede)).toEqual(['14 drone: 2024-06-08']);
  });
  it('leaves it undated with the rule off', () => {
    expect(withRulesOff(['dateFromRepeats'], () => dates(headlineThenLede))).toEqual(['14 drone: null']);
  });
  it('keeps the date of the first statement when it has one', () => {
    expect(
      dates(
        "On Saturday Ukraine's air force shot down 14 drones. The 14 drones were destroyed on Friday evening, it said later.",
      ),
    ).toEqual(['14 drone: 2024-06-08']);
  });
  it('does not date another claim', () => {
    expect(
      dates('Air defence shot down 14 drones over the Kharkiv region. On Saturday it also downed three missiles.'),
    ).toEqual(['14 drone: null', '3 missile: 2024-06-08']);
  });
});
