/** Test helpers shared by the layout specs of libs/text, libs/extraction and libs/dedup. */
/** The text wrapped greedily at `width` columns, as a plain-text feed does: each paragraph's line broken before the word that would not fit. */
export function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      if (current) out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

/** A wire story (the team's own): a headline, a dateline's lede, a second paragraph. */
export const STORY = [
  'Russia says it shot down 23 Ukrainian drones',
  '',
  'MOSCOW, June 3 - Russian air defence systems intercepted and destroyed 23 Ukrainian drones overnight over the Bryansk and Kursk regions, the Defence Ministry said on Tuesday. Governor Alexander Bogomaz said nobody was hurt.',
  '',
  'Ukraine did not comment on the attack, which came hours after its air force said Russia had launched 40 drones at the south of the country.',
].join('\n');
