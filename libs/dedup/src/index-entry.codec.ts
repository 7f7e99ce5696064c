/**
 * IndexEntry <-> the in-memory form. Base64 keeps an entry around 250 bytes of
 * JSON for 64 permutations: the changelog stays small and replays quickly.
 * Entries written before sentence anchors, shingle counts, count keys and
 * sentence specifics existed decode with none (they still match by exact hash and MinHash).
 */
import type { DedupIndexEntry } from '@skytally/contracts';

export interface DecodedEntry {
  hash: string;
  time: number;
  sig: Uint8Array;
  guard: Uint32Array;
  dated: boolean;
  anchors: Int32Array;
  nSent: number;
  shingles: number;
  counts: number;
  lede: number;
  /** Sentence specifics (`specificsCode`), null when the entry has none. */
  spec: Uint16Array | null;
  of: string | undefined;
}

export interface EncodableEntry {
  sig: Uint8Array;
  guard: Uint32Array;
  anchors: Int32Array;
  nSent: number;
  shingles: number;
  counts: number;
  lede: number;
  spec: Uint16Array | null;
}

export function encodeEntry(
  params: string,
  hash: string,
  time: number,
  e: EncodableEntry,
  dated: boolean,
  of?: string,
): DedupIndexEntry {
  const g = littleEndianBytes(e.guard);
  const s = littleEndianBytes(e.anchors);
  return {
    v: 1,
    params,
    hash,
    time: Math.round(time),
    sig: Buffer.from(e.sig.buffer, e.sig.byteOffset, e.sig.byteLength).toString('base64'),
    guard: g.toString('base64'),
    dated,
    sents: s.toString('base64'),
    nsent: e.nSent,
    shingles: e.shingles,
    counts: e.counts,
    lede: e.lede,
    ...(e.spec !== null ? { spec: encodeSpec(e.spec) } : {}),
    ...(of !== undefined ? { of } : {}),
  };
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * 32-bit words as little-endian bytes. On a little-endian machine those are the array's own bytes
 * (a view, no copy: this runs for every indexed article); elsewhere written word by word.
 */
function littleEndianBytes(words: Uint32Array | Int32Array): Buffer {
  if (LITTLE_ENDIAN) return Buffer.from(words.buffer, words.byteOffset, words.byteLength);
  const b = Buffer.allocUnsafe(words.length * 4);
  for (let i = 0; i < words.length; i++) b.writeUInt32LE((words[i] ?? 0) >>> 0, i * 4);
  return b;
}

/** Null when the entry was made with other parameters (its signature is not comparable). */
export function decodeEntry(
  entry: DedupIndexEntry,
  params: string,
  permutations: number,
  maxAnchors: number,
): DecodedEntry | null {
  if (entry.v !== 1 || entry.params !== params) return null;
  const sig = new Uint8Array(Buffer.from(entry.sig, 'base64'));
  if (sig.length !== permutations) return null;
  const g = Buffer.from(entry.guard, 'base64');
  const guard = new Uint32Array(g.length >>> 2);
  for (let i = 0; i < guard.length; i++) guard[i] = g.readUInt32LE(i * 4);
  const s = entry.sents ? Buffer.from(entry.sents, 'base64') : Buffer.alloc(0);
  // an index with fewer anchors keeps the smallest ones, which is what it would have computed
  const anchors = new Int32Array(Math.min(s.length >>> 2, maxAnchors));
  for (let i = 0; i < anchors.length; i++) anchors[i] = s.readInt32LE(i * 4);
  return {
    hash: entry.hash,
    time: entry.time,
    sig,
    guard,
    dated: entry.dated ?? false,
    anchors,
    nSent: entry.nsent ?? 0,
    shingles: entry.shingles ?? 0,
    counts: entry.counts ?? 0,
    lede: entry.lede ?? 0,
    spec: entry.spec !== undefined ? decodeSpec(entry.spec) : null,
    of: entry.of,
  };
}

/** uint16 little-endian, base64 (explicitly little-endian, as the guard's words). */
function encodeSpec(spec: Uint16Array): string {
  const b = Buffer.allocUnsafe(spec.length * 2);
  for (let i = 0; i < spec.length; i++) {
    const v = spec[i] ?? 0;
    b[2 * i] = v & 0xff;
    b[2 * i + 1] = v >>> 8;
  }
  return b.toString('base64');
}

/** uint16 little-endian from base64; null when the bytes cannot be that. */
function decodeSpec(b64: string): Uint16Array | null {
  const b = Buffer.from(b64, 'base64');
  if (b.length === 0 || b.length % 2 !== 0) return null;
  const out = new Uint16Array(b.length >>> 1);
  for (let i = 0; i < out.length; i++) out[i] = b.readUInt16LE(i * 2);
  return out;
}
