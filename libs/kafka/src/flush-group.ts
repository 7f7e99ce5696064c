/**
 * What the batches of one fetch share when they flush once, together.
 *
 * kafkajs hands a fetch's batches (one per partition) to the handler and
 * fetches again only when all of them are done. Flushed one by one — an
 * `endBatch`, a produce and a commit each — a stage with three partitions
 * paid three round trips per fetch, and its batches started late by as much
 * (BENCHMARKS.md, "Session 10 … one flush at a time"). With the batches
 * handed over together (`partitionsConsumedConcurrently`) they still take
 * turns with the stage's state; a batch that ends while another waits for
 * the turn hands its outputs and its offset on in a FlushGroup instead of
 * flushing, and waits. Whoever flushes next writes every output in order,
 * resolves every offset, commits once and releases the batches that waited.
 *
 * The guarantee is the runner's: an offset is resolved only after the
 * outputs of its messages are acknowledged, so a failure anywhere before
 * that loses nothing — every batch of the group fails with it and is
 * fetched again. A batch that handed on does not return to kafkajs before
 * its offset is resolved: kafkajs fetches a partition again from its last
 * resolved offset, so returning early would have the next fetch repeat it.
 */
export class FlushGroup<T> {
  /** Outputs of every batch in the group, in the order the batches ran. */
  readonly outputs: T[] = [];
  private readonly offsetResolvers: Array<() => void> = [];
  private readonly waiting: Array<{ resolve: () => void; reject: (err: unknown) => void }> = [];

  /** How many batches handed on to this group and wait for its flush. */
  get batchesWaiting(): number {
    return this.waiting.length;
  }

  /**
   * Leaves a batch's offset to whoever flushes the group; the promise settles
   * when that flush has committed (or failed). `resolveOffset` is the batch's
   * own payload.resolveOffset, bound to its partition.
   */
  handOn(resolveOffset: (() => void) | null): Promise<void> {
    if (resolveOffset) this.offsetResolvers.push(resolveOffset);
    return new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** After the outputs are acknowledged and before the commit: the handed-on batches' offsets. */
  resolveOffsets(): void {
    for (const resolve of this.offsetResolvers) resolve();
    this.offsetResolvers.length = 0;
  }

  /** After the commit: the batches that handed on may return to kafkajs. */
  release(): void {
    for (const { resolve } of this.waiting.splice(0)) resolve();
  }

  /** The flush failed or never came: every batch that handed on fails with it (and is fetched again). */
  fail(err: unknown): void {
    this.offsetResolvers.length = 0;
    for (const { reject } of this.waiting.splice(0)) reject(err);
  }
}
