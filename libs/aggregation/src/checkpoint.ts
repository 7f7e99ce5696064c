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
import type { CoreState } from './aggregate.core';

/**
 * Claims applied between two checkpoints of the service's state. A restore
 * reads the last checkpoint and replays at most this many claims after it.
 */
export const CHECKPOINT_EVERY = 50_000;

const MAGIC = 'SKAC';
export const CHECKPOINT_VERSION = 1;
const HEADER = 12;

export function encodeCoreState(state: CoreState): Buffer {
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
  const text = Buffer.from(json, 'utf8');
  const section = align8(HEADER + text.length);
  const out = Buffer.alloc(section + floats * 8);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt8(CHECKPOINT_VERSION, 4);
  out.writeUInt32LE(text.length, 8);
  text.copy(out, HEADER);
  let at = section;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += a.byteLength;
  }
  return out;
}

export class CheckpointFormatError extends Error {}

export function decodeCoreState(bytes: Buffer): CoreState {
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
  }) as CoreState;
  if (!Array.isArray(state.rows) || !Array.isArray(state.days) || !Array.isArray(state.live))
    throw new CheckpointFormatError('checkpoint body is not a core state');
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
