/**
 * Which of a few sets of plain pieces of text ("down", "intercept", "ttack" …) a text contains, all sets in one pass
 * over it (an Aho–Corasick automaton), ASCII letters in either case.
 *
 * Why: extractClaims asks every sentence of an article several case-insensitive alternations of plain pieces (the
 * trigger words, the attack words), and nearly every sentence has none of them. Each such regex is a pass of its own
 * that tries its alternatives at every position; one pass here answers them all, and the regex runs only on the few
 * sentences that hold a piece. Used as a cheap necessary condition of the regexes it stands before: the regex still
 * decides.
 *
 * For a set of pieces, the answer is exactly `new RegExp(pieces.join('|'), 'i').test(text)` (see literals.spec.ts):
 * without the `u` flag, `i` maps no character outside ASCII onto an ASCII letter (ſ is not s, the Kelvin sign is not
 * k), so only ASCII letters are folded here.
 */
export class LiteralSets {
  /** Columns of the table: one per character the pieces use (upper-case letters share the lower-case one's), one for any other. */
  private readonly columns: number;
  /** The column of each ASCII character. */
  private readonly columnOf = new Uint8Array(128);
  /**
   * table[state + column], one entry per move (states counted by their row offset, index × columns): the low 16 bits
   * are the next state, the high 16 the sets a piece of which ends on entering it (bit 16 + k for sets[k]). One load
   * per character.
   */
  private readonly table: Int32Array;

  constructor(sets: readonly (readonly string[])[]) {
    if (sets.length > 15) throw new Error('LiteralSets: at most 15 sets');
    const chars = [...new Set(sets.flat().join(''))];
    for (const ch of chars)
      if (ch.charCodeAt(0) >= 128 || ch !== ch.toLowerCase())
        throw new Error(`LiteralSets: pieces are lower-case ASCII (${JSON.stringify(ch)})`);
    const other = chars.length;
    this.columns = other + 1;
    this.columnOf.fill(other);
    chars.forEach((ch, k) => {
      this.columnOf[ch.charCodeAt(0)] = k;
      const upper = ch.toUpperCase();
      if (upper !== ch) this.columnOf[upper.charCodeAt(0)] = k;
    });
    // the trie of the pieces
    const children: Map<number, number>[] = [new Map<number, number>()];
    const ends: number[] = [0];
    sets.forEach((pieces, bit) => {
      for (const piece of pieces) {
        if (piece.length === 0) throw new Error('LiteralSets: an empty piece');
        let state = 0;
        for (const ch of piece) {
          const col = this.columnOf[ch.charCodeAt(0)]!;
          let to = children[state]!.get(col);
          if (to === undefined) {
            to = children.length;
            children.push(new Map<number, number>());
            ends.push(0);
            children[state]!.set(col, to);
          }
          state = to;
        }
        ends[state]! |= 1 << bit;
      }
    });
    const cols = this.columns;
    if (children.length * cols > 0xffff) throw new Error('LiteralSets: too many pieces');
    // the automaton: breadth first, each state's missing moves taken from its longest proper suffix that is a prefix
    const step = new Int32Array(children.length * cols);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (let col = 0; col < cols; col++) {
      const to = children[0]!.get(col) ?? 0;
      step[col] = to;
      if (to !== 0) queue.push(to);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      ends[state]! |= ends[fail[state]!]!;
      for (let col = 0; col < cols; col++) {
        const to = children[state]!.get(col);
        if (to === undefined) step[state * cols + col] = step[fail[state]! * cols + col]!;
        else {
          fail[to] = step[fail[state]! * cols + col]!;
          step[state * cols + col] = to;
          queue.push(to);
        }
      }
    }
    this.table = step.map((to) => (to * cols) | (ends[to]! << 16));
  }

  /**
   * Bit k is set when `text` (from `from` to `to`) contains a piece of sets[k]. A sentence is best read as a range of
   * the whole article's text rather than as its own string: a sentence cut from the article (a slice, in V8) is read
   * character by character at about half the speed of the flat string it was cut from.
   */
  scan(text: string, from = 0, to = text.length): number {
    const { table, columnOf } = this;
    const other = this.columns - 1;
    let state = 0;
    let bits = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      const move = table[state + (code < 128 ? columnOf[code]! : other)]!;
      bits |= move;
      state = move & 0xffff;
    }
    return bits >>> 16;
  }
}
