/**
 * Shim: the number-word reader now lives in @skytally/text (one parser for
 * extraction and dedup). Kept so dedup's imports compile; import from
 * '@skytally/text' and delete this file.
 */
export { isNumberWord, ordinalWord, parseDigits, parseNumberWords, type WordSource } from '@skytally/text';
