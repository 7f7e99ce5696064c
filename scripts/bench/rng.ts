/**
 * The bench's seeded generator is @skytally/random's (one copy in the tree);
 * this re-export keeps `./rng` imports (state-bench.ts) working until they
 * import @skytally/random themselves.
 */
export { between, mulberry32, pick, type Rng } from '@skytally/random';
