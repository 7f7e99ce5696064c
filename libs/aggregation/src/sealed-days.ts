/**
 * The sealed sums of the daily buckets: what each (row, day) keeps of its
 * claims past the horizon. One row of numbers per bucket in one growing
 * Float64Array, not an object (and a key string, and a byWeapon object) per
 * bucket: there is one for every row and day that ever had a claim (62,465
 * at a million claims), they never die, and as small objects promoted one by
 * one among short-lived claims they were spread over most of V8's old-space
 * pages, which a full collection could then not give back (BENCHMARKS.md,
 * "Aggregate state as the stream grows").
 */
import { WEAPONS } from '@skytally/contracts';

/** A daily bucket's sealed sums, as the changelog carries them. */
export interface DaySums {
  count: number;
  byWeapon: Record<string, number>;
  claims: number;
  sources: number;
  shared: number;
  sharedClaims: number;
}

const COUNT = 0;
const CLAIMS = 1;
const SOURCES = 2;
const SHARED = 3;
const SHARED_CLAIMS = 4;
const FIRST_WEAPON = 5;
const STRIDE = FIRST_WEAPON + WEAPONS.length;
const WEAPON_COLUMN = new Map<string, number>(WEAPONS.map((w, i) => [w, FIRST_WEAPON + i]));
/** Day numbers (days since 1970) fit in 20 bits until the year 4840; the row index goes above them. */
const DAY_BITS = 2 ** 20;

export class SealedDays {
  private readonly rowIndex = new Map<string, number>();
  private readonly rowKeys: string[] = [];
  /** (row index × 2^20 + day) → bucket number. */
  private readonly slots = new Map<number, number>();
  private cells = new Float64Array(STRIDE * 256);

  /** Buckets held; each has at least one sealed claim, own or shared. */
  get size(): number {
    return this.slots.size;
  }

  /** Adds `sums` to the bucket of (`row`, `day`: a UTC day number). */
  add(row: string, day: number, sums: DaySums): void {
    const id = this.id(row, day, true)!;
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.slots.size;
      if ((slot + 1) * STRIDE > this.cells.length) this.grow();
      this.slots.set(id, slot);
    }
    const at = slot * STRIDE;
    const c = this.cells;
    c[at + COUNT] = (c[at + COUNT] ?? 0) + sums.count;
    c[at + CLAIMS] = (c[at + CLAIMS] ?? 0) + sums.claims;
    c[at + SOURCES] = (c[at + SOURCES] ?? 0) + sums.sources;
    c[at + SHARED] = (c[at + SHARED] ?? 0) + sums.shared;
    c[at + SHARED_CLAIMS] = (c[at + SHARED_CLAIMS] ?? 0) + sums.sharedClaims;
    for (const [weapon, n] of Object.entries(sums.byWeapon)) {
      const column = WEAPON_COLUMN.get(weapon);
      // Weapons come from the claim contract's enum (zod-checked on the claims topic).
      if (column === undefined) throw new RangeError(`unknown weapon ${JSON.stringify(weapon)} in a daily bucket`);
      c[at + column] = (c[at + column] ?? 0) + n;
    }
  }

  /** The sums of (`row`, `day`), a fresh object; null when nothing of it is sealed. */
  get(row: string, day: number): DaySums | null {
    const id = this.id(row, day, false);
    const slot = id === undefined ? undefined : this.slots.get(id);
    if (slot === undefined) return null;
    const at = slot * STRIDE;
    const c = this.cells;
    const byWeapon: Record<string, number> = {};
    WEAPONS.forEach((w, i) => {
      const n = c[at + FIRST_WEAPON + i] ?? 0;
      if (n !== 0) byWeapon[w] = n;
    });
    return {
      count: c[at + COUNT] ?? 0,
      byWeapon,
      claims: c[at + CLAIMS] ?? 0,
      sources: c[at + SOURCES] ?? 0,
      shared: c[at + SHARED] ?? 0,
      sharedClaims: c[at + SHARED_CLAIMS] ?? 0,
    };
  }

  has(row: string, day: number): boolean {
    const id = this.id(row, day, false);
    return id !== undefined && this.slots.has(id);
  }

  /** Every bucket held, as (row, day number), in the order they were first sealed. */
  *keys(): IterableIterator<[string, number]> {
    for (const id of this.slots.keys()) {
      const day = id % DAY_BITS;
      yield [this.rowKeys[(id - day) / DAY_BITS]!, day];
    }
  }

  private id(row: string, day: number, create: boolean): number | undefined {
    if (!Number.isInteger(day) || day < 0 || day >= DAY_BITS) {
      if (!create) return undefined;
      throw new RangeError(`day number ${day} out of range`);
    }
    let index = this.rowIndex.get(row);
    if (index === undefined) {
      if (!create) return undefined;
      index = this.rowKeys.length;
      this.rowKeys.push(row);
      this.rowIndex.set(row, index);
    }
    return index * DAY_BITS + day;
  }

  private grow(): void {
    const cells = new Float64Array(this.cells.length * 2);
    cells.set(this.cells);
    this.cells = cells;
  }
}
