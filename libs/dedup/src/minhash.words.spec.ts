import { mulberry32 } from '@skytally/random';
import { LITTLE_ENDIAN, bandKey, estimateJaccard, estimateJaccardWords, signatureWords } from './minhash';

describe('signatures read as int32 words', () => {
  const rnd = mulberry32(7);
  const byte = () => Math.floor(rnd() * 256);

  it('estimateJaccardWords gives estimateJaccard for every number of equal bytes', () => {
    for (let t = 0; t < 2000; t++) {
      const x = Uint8Array.from({ length: 64 }, byte);
      // keep each byte with a chance that varies by trial, so every count of equal bytes occurs
      const keep = rnd();
      const y = x.map((b) => (rnd() < keep ? b : rnd() < 0.5 ? (b ^ (1 << Math.floor(rnd() * 8))) & 0xff : byte()));
      const xs = new Uint8Array(128);
      xs.set(x, 64); // at an offset, as the core's per-slot array holds it
      const xw = signatureWords(xs);
      const yw = signatureWords(y);
      if (xw === null || yw === null) throw new Error('aligned arrays have words');
      expect(estimateJaccardWords(yw, 0, xw, 16, 64)).toBe(estimateJaccard(y, 0, xs, 64, 64));
    }
  });

  it('reads a band of 4 rows as one word on a little-endian machine', () => {
    const sig = Uint8Array.from({ length: 64 }, byte);
    const words = signatureWords(sig);
    if (!LITTLE_ENDIAN || words === null) return;
    for (let b = 0; b < 16; b++) expect(words[b]).toBe(bandKey(sig, 0, b, 4));
  });

  it('has no words for a signature that is not a whole number of them', () => {
    expect(signatureWords(new Uint8Array(30))).toBeNull();
    expect(signatureWords(new Uint8Array(new ArrayBuffer(68), 2, 64))).toBeNull();
  });
});
