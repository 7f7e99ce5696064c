/**
 * The aggregate core's state (CoreState) as bytes, for its changelog topic.
 *
 *     "SKAC" | version (u8) | 3 bytes zero | JSON length (u32 LE) | JSON (UTF-8)
 *     | zero padding to 8 | float64 LE section
 *
 * The numeric bulk — the watermark's pairs, the hashed ids, the hourly
 * series — goes to the float64 section; in the JSON each such array is
 * `{"$f": [offset, length]}` (in float64 units). The bytes come from our own
 * changelog, so decoding checks the envelope (magic, version, sizes) and
 * trusts the body: no schema pass over a million numbers.
 */
import type { CoreState, LiveState, SealedState } from './aggregate.core';
import { LiveReport, liveItemText } from './corroboration';

/**
 * Claims applied between two checkpoints of the service's state (the service
 * reads SKYTALLY_AGGREGATE_CHECKPOINT_EVERY). A restore reads the last
 * checkpoint and replays at most this many claims after it; a checkpoint
 * costs the live part (the reports within the horizon) plus what was sealed
 * since the previous one.
 */
export const CHECKPOINT_EVERY = 10_000;

/**
 * Claims to apply before the next checkpoint: `every`, or half the reports
 * within the horizon when that is more. A checkpoint writes the live part
 * whole, so spacing them by its size keeps their cost a constant share of the
 * claims applied (a burst of news, all within the horizon, would otherwise
 * pay for the whole live part every `every` claims: quadratic). A restore
 * re-applies the live part's reports anyway, so a tail of half as many again
 * at most keeps it within 1.5 times that.
 */
export function checkpointSpacing(every: number, liveReports: number): number {
  return Math.max(every, Math.ceil(liveReports / 2));
}

const MAGIC = 'SKAC';
/** 2: checkpoints carry the sealed part as a delta, the watermark folded. */
export const CHECKPOINT_VERSION = 2;
const HEADER = 12;

/** A checkpoint, or either of its parts, as bytes. */
export function encodeCoreState(state: CoreState | LiveState | SealedState): Buffer {
  const arrays: Float64Array[] = [];
  let floats = 0;
  const json = JSON.stringify(state, (_key, value: unknown) => {
    if (value instanceof Float64Array) {
      arrays.push(value);
      const ref = { $f: [floats, value.length] };
      floats += value.length;
      return ref;
    }
    return value;
  });
  // The JSON is written straight into the envelope: no second buffer of its size (4.6 MB for the
  // live part at a million claims, every checkpoint) for malloc to hand out and take back.
  const textLength = Buffer.byteLength(json, 'utf8');
  const section = align8(HEADER + textLength);
  const out = Buffer.alloc(section + floats * 8);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt8(CHECKPOINT_VERSION, 4);
  out.writeUInt32LE(textLength, 8);
  out.write(json, HEADER, 'utf8');
  let at = section;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += a.byteLength;
  }
  return out;
}

/**
 * encodeCoreState(state)'s bytes, handed out a piece at a time: the same
 * bytes (checkpoint.spec.ts), without the whole encoding in memory at once.
 * A live part of 200,000 reports is ≈ 88 MB encoded; the service writes it a
 * megabyte with each batch, and held whole — its JSON text, the buffer and
 * the chunks cut from it — it was most of the aggregate's memory past its
 * reports (BENCHMARKS.md, "Session 9: aggregate memory").
 *
 * The length is known up front (the chunks say how many there are, so the
 * first one needs it): the constructor encodes the `live` array once,
 * `ITEMS_A_PIECE` reports at a time, and keeps only the byte counts; read()
 * encodes it again as the bytes are asked for. So the state must not change
 * in between: the core's reports are not changed once stored (a new claim
 * replaces a report, never edits it), and checkpoint() hands out a new array
 * of them. The rest of the JSON is taken at once; the arrays of numbers
 * (Float64Array) are read when their bytes are asked for, so they must be the
 * state's own copies, as checkpoint() gives them (pairs(), values(), from()).
 */
export class EncodedState {
  /** Bytes in all: what encodeCoreState(state).length is. */
  readonly length: number;
  private readonly textLength: number;
  /** The JSON before and after the `live` array's items (all of it when there is none). */
  private readonly before: string;
  private readonly after: string;
  /** Whether the state has a `live` array (written between `before` and `after`). */
  private readonly hasItems: boolean;
  private readonly items: readonly unknown[];
  private readonly arrays: Float64Array[];
  private readonly pieceBytes: number[] = [];
  /** Where read() is: the bytes handed out so far, the pieces not yet encoded, the one being handed out. */
  private position = 0;
  private pieces: Generator<Buffer> | null = null;
  private current: Buffer = Buffer.alloc(0);
  private at = 0;

  constructor(state: CoreState | LiveState | SealedState) {
    const arrays: Float64Array[] = [];
    let floats = 0;
    const live = (state as Partial<LiveState>).live;
    const items = Array.isArray(live) ? live : null;
    const json = JSON.stringify(state, function (this: unknown, key: string, value: unknown) {
      if (value instanceof Float64Array) {
        arrays.push(value);
        const ref = { $f: [floats, value.length] };
        floats += value.length;
        return ref;
      }
      // The items are written between `before` and `after`, each piece on its own.
      return this === state && key === 'live' && items ? LIVE_MARK : value;
    });
    const mark = items ? json.indexOf(JSON.stringify(LIVE_MARK)) : -1;
    this.before = mark < 0 ? json : json.slice(0, mark);
    this.after = mark < 0 ? '' : json.slice(mark + JSON.stringify(LIVE_MARK).length);
    this.hasItems = mark >= 0;
    this.items = items ?? [];
    this.arrays = arrays;
    let text = 0;
    for (const piece of this.text()) {
      const bytes = Buffer.byteLength(piece, 'utf8');
      this.pieceBytes.push(bytes);
      text += bytes;
    }
    this.textLength = text;
    this.length = align8(HEADER + text) + floats * 8;
  }

  /** Fills target[start, end) with the next end − start bytes (the rest of them, at most). Returns how many. */
  read(target: Buffer, start: number, end: number): number {
    this.pieces ??= this.segments();
    let to = start;
    while (to < end) {
      if (this.at === this.current.length) {
        const next = this.pieces.next();
        if (next.done) break;
        this.current = next.value;
        this.at = 0;
      }
      const n = this.current.copy(target, to, this.at, Math.min(this.current.length, this.at + end - to));
      this.at += n;
      to += n;
    }
    this.position += to - start;
    return to - start;
  }

  /** The bytes not yet read. */
  get left(): number {
    return this.length - this.position;
  }

  /** The JSON text in pieces: before the items, the items a few hundred at a time, after them. */
  private *text(): Generator<string> {
    if (!this.hasItems) {
      yield this.before;
      return;
    }
    yield `${this.before}[`;
    for (let i = 0; i < this.items.length; i += ITEMS_A_PIECE) {
      // A comma between items, and between pieces; a core's reports written as text directly
      // (liveItemText: JSON.stringify's text, no record built).
      let piece = '';
      const end = Math.min(this.items.length, i + ITEMS_A_PIECE);
      for (let j = i; j < end; j++) {
        const item = this.items[j];
        piece += (j ? ',' : '') + (item instanceof LiveReport ? liveItemText(item) : JSON.stringify(item, noArrays));
      }
      yield piece;
    }
    yield `]${this.after}`;
  }

  private *segments(): Generator<Buffer> {
    const header = Buffer.alloc(HEADER);
    header.write(MAGIC, 0, 'latin1');
    header.writeUInt8(CHECKPOINT_VERSION, 4);
    header.writeUInt32LE(this.textLength, 8);
    yield header;
    let i = 0;
    for (const piece of this.text()) {
      const bytes = Buffer.from(piece, 'utf8');
      // The state changed since the length was taken: the chunks already out would not add up.
      if (bytes.length !== this.pieceBytes[i++]) throw new Error('checkpoint state changed while it was written');
      yield bytes;
    }
    yield Buffer.alloc(align8(HEADER + this.textLength) - HEADER - this.textLength);
    for (const a of this.arrays) yield Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  }
}

/** Reports encoded together in one piece of EncodedState's text (≈ 440 bytes each). */
const ITEMS_A_PIECE = 256;
/** Stands for the `live` array in the JSON of the rest of the state. */
const LIVE_MARK = '\u0000live\u0000';

/** The `live` items carry no arrays of numbers (reports and their arrival): the float section is the rest's. */
function noArrays(_key: string, value: unknown): unknown {
  if (value instanceof Float64Array) throw new Error('a live item holds a Float64Array');
  return value;
}

export class CheckpointFormatError extends Error {}

export function decodeCoreState(bytes: Buffer): CoreState {
  const state = decodeEnvelope(bytes) as CoreState;
  if (!isLive(state) || !isSealed(state)) throw new CheckpointFormatError('checkpoint body is not a core state');
  return state;
}

/** The live part of a checkpoint (encodeCoreState of a LiveState). */
export function decodeLiveState(bytes: Buffer): LiveState {
  const state = decodeEnvelope(bytes) as LiveState;
  if (!isLive(state)) throw new CheckpointFormatError('checkpoint body is not a live state');
  return state;
}

/** The sealed delta of a checkpoint (encodeCoreState of a SealedState). */
export function decodeSealedState(bytes: Buffer): SealedState {
  const state = decodeEnvelope(bytes) as SealedState;
  if (!isSealed(state)) throw new CheckpointFormatError('checkpoint body is not a sealed delta');
  return state;
}

function isLive(state: Partial<LiveState>): boolean {
  return Array.isArray(state.live) && state.watermark instanceof Float64Array && Array.isArray(state.inputs);
}

function isSealed(state: Partial<SealedState>): boolean {
  return Array.isArray(state.rows) && Array.isArray(state.days) && state.sealedClaims instanceof Float64Array;
}

function decodeEnvelope(bytes: Buffer): unknown {
  if (bytes.length < HEADER || bytes.toString('latin1', 0, 4) !== MAGIC)
    throw new CheckpointFormatError('not an aggregate checkpoint');
  const version = bytes.readUInt8(4);
  if (version !== CHECKPOINT_VERSION) throw new CheckpointFormatError(`checkpoint version ${version} is not supported`);
  const length = bytes.readUInt32LE(8);
  const section = align8(HEADER + length);
  if (section > bytes.length || (bytes.length - section) % 8 !== 0)
    throw new CheckpointFormatError('checkpoint is truncated');
  // One aligned copy of the section; each array is a view of it.
  const floats = new Float64Array(bytes.length / 8 - section / 8);
  Buffer.from(floats.buffer).set(bytes.subarray(section));
  const state = JSON.parse(bytes.toString('utf8', HEADER, HEADER + length), (_key, value: unknown) => {
    if (isRef(value)) {
      const [offset, n] = value.$f;
      if (offset + n > floats.length) throw new CheckpointFormatError('checkpoint array out of bounds');
      return floats.subarray(offset, offset + n);
    }
    return value;
  }) as unknown;
  if (typeof state !== 'object' || state === null) throw new CheckpointFormatError('checkpoint body is not an object');
  return state;
}

function isRef(value: unknown): value is { $f: [number, number] } {
  if (typeof value !== 'object' || value === null || !('$f' in value)) return false;
  const ref = value.$f;
  return (
    Array.isArray(ref) && ref.length === 2 && ref.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0)
  );
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}
