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
