import { listRegions } from '@skytally/gazetteer';
import { TILE_GRID_SIZE, tiles } from './tile-grid';

describe('the tile-grid cartogram', () => {
  const all = tiles();

  it('has one square for every region the gazetteer knows', () => {
    expect(all.map((t) => t.code).sort()).toEqual(
      listRegions()
        .map((r) => r.code)
        .sort(),
    );
  });

  it('puts no two regions on one square, and every square inside the grid', () => {
    const cells = all.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const t of all) {
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(TILE_GRID_SIZE.columns);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeLessThan(TILE_GRID_SIZE.rows);
    }
  });

  it('places regions roughly where they lie', () => {
    const at = (code: string) => all.find((t) => t.code === code)!;
    expect(at('RU-KGD').col).toBeLessThan(at('RU-MOW').col);
    expect(at('RU-MOW').col).toBeLessThan(at('RU-KAM').col);
    expect(at('RU-MUR').row).toBeLessThan(at('RU-BEL').row);
    expect(at('UA-43').row).toBeGreaterThan(at('UA-32').row);
    expect(at('RU-BEL').row).toBeLessThan(at('UA-63').row);
  });
});
