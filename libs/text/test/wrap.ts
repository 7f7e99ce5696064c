/** Test helper shared by the layout specs of libs/text and libs/extraction. */
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
