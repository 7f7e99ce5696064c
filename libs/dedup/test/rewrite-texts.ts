/** Test texts shared by the dedup specs: a governor's report, a copy of it with a new lede and a trimmed quote, the next night's post. The texts are the team's own. */

export const ORIGINAL = [
  'The head of the regional administration said on Friday that none of the 23 attack drones launched at the region overnight reached its target.',
  '"Air defence crews, mobile fire groups and electronic warfare units brought down every drone over the Sumy, Poltava, Chernihiv and Kharkiv districts before dawn," he wrote on Telegram.',
  'Debris damaged the roof of a warehouse on the outskirts of the regional centre, and firefighters put out a small blaze there within an hour.',
  'No one was injured in the attack, the regional administration said.',
].join('\n\n');

/** Another outlet's lede, the quote trimmed in the middle with an ellipsis: containment falls below the cut rule's. */
export const NEW_LEDE_TRIMMED = [
  'All 23 Russian drones sent against the region during the night were shot down, its governor announced on Friday morning, in what local officials called a quiet end to a tense week.',
  '"Air defence crews ... brought down every drone before dawn," he wrote on Telegram.',
  'Debris damaged the roof of a warehouse on the outskirts of the regional centre, and firefighters put out a small blaze there within an hour.',
  'No one was injured in the attack, the regional administration said.',
].join('\n\n');

/** The next night's post: same template and closing sentence, other counts. */
export const NEXT_NIGHT = [
  'The head of the regional administration said on Saturday that 17 of the 19 attack drones launched at the region overnight were brought down.',
  '"Air defence crews ... brought down the drones over the Sumy and Poltava districts before dawn," he wrote on Telegram.',
  'Two drones hit a grain elevator near the regional centre and damaged its conveyor.',
  'No one was injured in the attack, the regional administration said.',
].join('\n\n');
