/**
 * The map: a tile-grid cartogram, one square per region the gazetteer knows
 * (its ISO 3166-2 codes and SEA-*), placed by hand roughly where the region
 * lies (tile-grid.json). Chosen over real shapes because every region gets
 * the same weight — the small, most-reported border oblasts (Belgorod, Kursk,
 * Bryansk) would be specks next to Sakha and Krasnoyarsk on a real map —,
 * because it needs no boundary data set with its own licence and megabytes,
 * and because each square can be a focusable button that fits a phone.
 */
import { countryOfRegion, listRegions } from '@skytally/gazetteer';
import type { TileView } from './dashboard.views';
import grid from './tile-grid.json';

export const TILE_GRID_VERSION: string = grid.version;
export const TILE_GRID_SIZE = { columns: grid.columns, rows: grid.rows };

/** Every tile with the region's name and country; regions the layout lacks are left out. */
export function tiles(): TileView[] {
  const names = new Map(listRegions().map((r) => [r.code, r.name]));
  return grid.tiles
    .filter((t) => names.has(t.code))
    .map((t) => ({ ...t, name: names.get(t.code)!, country: countryOfRegion(t.code) }));
}
