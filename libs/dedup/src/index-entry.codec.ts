/**
 * IndexEntry <-> the in-memory form. Base64 keeps an entry around 200 bytes of
 * JSON for 64 permutations: the changelog stays small and replays quickly.
 */
import type { DedupIndexEntry } from '@skytally/contracts';

export function encodeEntry(params: string, hash: string, time: number, sig: Uint8Array, guard: Uint32Array, dated: boolean): DedupIndexEntry {
  const g = Buffer.alloc(guard.length * 4);
  for (let i = 0; i < guard.length; i++) g.writeUInt32LE(guard[i], i * 4);
  return {
    v: 1,
    params,
    hash,
    time: Math.round(time),
    sig: Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64'),
    guard: g.toString('base64'),
    dated,
  };
}

/** Null when the entry was made with other parameters (its signature is not comparable). */
export function decodeEntry(
  entry: DedupIndexEntry,
  params: string,
  permutations: number,
): { hash: string; time: number; sig: Uint8Array; guard: Uint32Array; dated: boolean } | null {
  if (entry.v !== 1 || entry.params !== params) return null;
  const sig = new Uint8Array(Buffer.from(entry.sig, 'base64'));
  if (sig.length !== permutations) return null;
  const g = Buffer.from(entry.guard, 'base64');
  const guard = new Uint32Array(g.length >>> 2);
  for (let i = 0; i < guard.length; i++) guard[i] = g.readUInt32LE(i * 4);
  return { hash: entry.hash, time: entry.time, sig, guard, dated: entry.dated ?? false };
}
