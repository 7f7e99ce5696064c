/**
 * What a stage's pure core says about one input: one shape for every core, so
 * the runner treats them alike (the model is a job queue's job status).
 *
 * - `emit`: the input produced these outputs (possibly none is not allowed here:
 *   use `drop` to say why nothing comes out).
 * - `drop`: the input is fine and is accounted for, but nothing goes downstream
 *   (a duplicate, an article without claims); `reason` is for logs and metrics.
 * - `reject`: the input breaks a contract the core can predict; the runner
 *   dead-letters it at once (no retry: retrying cannot change the answer) and
 *   counts it under `reason`.
 *
 * A bug is neither: it is thrown, retried and dead-lettered by the runner.
 */
export type Outcome<T> =
  | { readonly kind: 'emit'; readonly values: readonly T[] }
  | { readonly kind: 'drop'; readonly reason: string }
  | { readonly kind: 'reject'; readonly reason: string; readonly detail?: string };

export const emit = <T>(...values: T[]): Outcome<T> => ({ kind: 'emit', values });
export const drop = (reason: string): Outcome<never> => ({ kind: 'drop', reason });
export const reject = (reason: string, detail?: string): Outcome<never> =>
  detail === undefined ? { kind: 'reject', reason } : { kind: 'reject', reason, detail };
