// Numbers, dates and the colour scale.
export const WINDOWS = ['24h', '7d', '30d', 'all'];
export const WINDOW_LABELS = { '24h': '24 h', '7d': '7 d', '30d': '30 d', all: 'all' };

const integer = new Intl.NumberFormat('en-GB');
export const fmt = (n) => (n === undefined || n === null ? '–' : integer.format(n));

/** "14:02:11, 1 Dec" in the reader's time zone. */
export function fmtTime(iso) {
  if (!iso) return 'unknown';
  const d = new Date(iso);
  return `${d.toLocaleTimeString('en-GB')}, ${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

export function fmtUtc(iso) {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'unknown';
}

/**
 * ColorBrewer YlGnBu, 5 classes: sequential, readable with every common
 * colour-vision deficiency and in greyscale. Zero has its own grey.
 */
export const PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
export const ZERO = '#e4e4e4';
export const DARK_FROM = 3;

/** Upper bounds of the classes for values 1…max: log-spaced, distinct, rounded. */
export function classBounds(max) {
  if (max <= 0) return [];
  const bounds = [];
  for (let i = 1; i <= PALETTE.length; i++) {
    const b = Math.max(1, Math.round(Math.pow(max, i / PALETTE.length)));
    if (!bounds.length || b > bounds[bounds.length - 1]) bounds.push(b);
  }
  bounds[bounds.length - 1] = max;
  return bounds;
}

/** The class of a value: -1 for zero, else the index of its bound (scaled to the palette). */
export function classOf(value, bounds) {
  if (!value) return -1;
  const i = bounds.findIndex((b) => value <= b);
  const idx = i < 0 ? bounds.length - 1 : i;
  return PALETTE.length - bounds.length + idx;
}
