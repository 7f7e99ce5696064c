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

/** Window counts at an asOf, and the asOf from which they may read otherwise (see windowsAt). */
export interface WindowsAt {
  counts: WindowCounts;
  /** The counts hold for every asOf in [the one asked, until): the first asOf at which an entry leaves a window. */
  until: number;
}

/** Sums `count` over the entries in each window (windowsAt's counts). */
export function windowCounts(entries: Iterable<{ time: number; count: number }>, asOf: number): WindowCounts {
  return windowsAt(entries, asOf).counts;
}

/**
 * Sums `count` over the entries in each window. O(entries): see README, "Cost". The windows nest
 * (24h inside 7d inside 30d), so an entry outside one is outside the shorter ones: the same sums
 * as `inWindow` per window, with one comparison for most old entries (this runs for every changed
 * row at every flush, and was most of the aggregate's end-of-batch time).
 *
 * `until`: an entry at `time` is in window W while asOf < time + W, and one outside stays outside as
 * asOf grows, so the counts change first when the oldest entry of some window leaves it. The core
 * keeps a row's counts until then instead of recounting the row at every flush that moves asOf.
 */
export function windowsAt(entries: Iterable<{ time: number; count: number }>, asOf: number): WindowsAt {
  const after30d = asOf - WINDOW_MS['30d'];
  const after7d = asOf - WINDOW_MS['7d'];
  const after24h = asOf - WINDOW_MS['24h'];
  let all = 0;
  let in30d = 0;
  let in7d = 0;
  let in24h = 0;
  let oldest30d = Infinity;
  let oldest7d = Infinity;
  let oldest24h = Infinity;
  for (const { time, count } of entries) {
    all += count;
    if (time > after30d) {
      in30d += count;
      if (time < oldest30d) oldest30d = time;
      if (time > after7d) {
        in7d += count;
        if (time < oldest7d) oldest7d = time;
        if (time > after24h) {
          in24h += count;
          if (time < oldest24h) oldest24h = time;
        }
      }
    }
  }
  return {
    counts: { '24h': in24h, '7d': in7d, '30d': in30d, all },
    until: Math.min(oldest30d + WINDOW_MS['30d'], oldest7d + WINDOW_MS['7d'], oldest24h + WINDOW_MS['24h']),
  };
}

/** Whether two sets of window counts read the same. */
export function sameCounts(a: WindowCounts, b: Readonly<Record<string, number>>): boolean {
  return a.all === b.all && a['24h'] === b['24h'] && a['7d'] === b['7d'] && a['30d'] === b['30d'];
}
