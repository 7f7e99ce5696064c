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

/**
 * Sums `count` over the entries in each window. O(entries): see README, "Cost". The windows nest
 * (24h inside 7d inside 30d), so an entry outside one is outside the shorter ones: the same sums
 * as `inWindow` per window, with one comparison for most old entries (this runs for every changed
 * row at every flush, and was most of the aggregate's end-of-batch time).
 */
export function windowCounts(entries: Iterable<{ time: number; count: number }>, asOf: number): WindowCounts {
  const after30d = asOf - WINDOW_MS['30d'];
  const after7d = asOf - WINDOW_MS['7d'];
  const after24h = asOf - WINDOW_MS['24h'];
  let all = 0;
  let in30d = 0;
  let in7d = 0;
  let in24h = 0;
  for (const { time, count } of entries) {
    all += count;
    if (time > after30d) {
      in30d += count;
      if (time > after7d) {
        in7d += count;
        if (time > after24h) in24h += count;
      }
    }
  }
  return { '24h': in24h, '7d': in7d, '30d': in30d, all };
}
