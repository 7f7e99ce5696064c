/**
 * Ingest's pure core: one raw input in, one Outcome out — `emit` of the
 * normalised article, or `reject` with a RejectionReason and a detail (the
 * stage turns it into a Rejection, with the original bytes, on
 * `articles.rejected`). It never throws: whatever arrives is accounted for.
 *
 * Input: the value of an `articles.raw` message (plain text, or the JSON
 * article form) and its key. Output: an `Article` for `articles.ingested`, or
 * a `Rejection` for `articles.rejected`.
 */
import { createHash } from 'node:crypto';
import {
  type Article,
  ArticleSchema,
  checkedArticle,
  RAW_ARTICLE_SCHEMA_VERSIONS,
  RawArticleJsonSchema,
  type Rejection,
  type RejectionReason,
} from '@skytally/contracts';
import { normaliseBody, normaliseWithHash } from '@skytally/text';

export interface RawInput {
  key: Buffer | null;
  value: Buffer | null;
  receivedAt: Date;
  origin?: { topic: string; partition: number; offset: string };
}

export interface IngestOptions {
  maxBodyBytes: number;
  /**
   * How far after its reception an article may be dated (clock skew, time
   * zones written wrong). Past it the article is rejected as `future_date`:
   * event time comes from input, and one article dated 2999 would otherwise
   * move every window to 2999. Default 1 hour.
   */
  maxFutureMs?: number;
}

/** No news in this pipeline predates it: an earlier date is a typo or a placeholder (1900-01-01, epoch 0). */
export const EARLIEST_PUBLISHED_AT = '1990-01-01T00:00:00.000Z';
export const DEFAULT_MAX_FUTURE_MS = 60 * 60 * 1000;

/**
 * What ingestArticle says, an Outcome<Article>: the article (one), or why not
 * (a RejectionReason, for `articles.rejected`). Never `drop`: every input is
 * accounted for downstream.
 */
export type IngestResult =
  | { readonly kind: 'emit'; readonly values: readonly [Article] }
  | { readonly kind: 'reject'; readonly reason: RejectionReason; readonly detail: string };

/** The older shape of the same answer, with the Rejection record built (the CLI, chaos, tests use it). */
export type IngestOutcome = { kind: 'article'; article: Article } | { kind: 'rejected'; rejection: Rejection };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const MAX_ID_LENGTH = 200;
const MAX_HEADLINE_LENGTH = 300;

/** ingestArticle with the Rejection record built for a reject. */
export function ingest(input: RawInput, options: IngestOptions): IngestOutcome {
  const result = ingestArticle(input, options);
  if (result.kind === 'reject')
    return { kind: 'rejected', rejection: rejectionOf(input, result.reason, result.detail) };
  return { kind: 'article', article: result.values[0] };
}

export function ingestArticle(input: RawInput, options: IngestOptions): IngestResult {
  const bytes = input.value ?? Buffer.alloc(0);
  const reject = (reason: RejectionReason, detail: string): IngestResult => ({ kind: 'reject', reason, detail });

  if (bytes.length === 0) return reject('empty_body', 'the message has no value');
  if (bytes.length > options.maxBodyBytes) {
    return reject('too_large', `${bytes.length} bytes is over the limit of ${options.maxBodyBytes}`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return reject('invalid_utf8', 'the value is not valid UTF-8');
  }
  if (looksBinary(text)) return reject('binary_content', 'the value holds NUL or other binary control bytes');

  const trimmed = text.trimStart();
  const fields =
    trimmed.startsWith('{') || trimmed.startsWith('[')
      ? parseJsonArticle(trimmed)
      : { ok: true as const, value: { body: text } };
  if (!fields.ok) return reject(fields.reason, fields.detail);

  const { body, contentHash } = normaliseWithHash(fields.value.body);
  if (!body) return reject('empty_body', 'the body is empty or only whitespace');

  let publishedAt: string | null = null;
  if (fields.value.publishedAt) {
    publishedAt = toIsoDate(fields.value.publishedAt);
    if (!publishedAt)
      return reject(
        'invalid_date',
        `publishedAt is not an ISO 8601 date: ${JSON.stringify(fields.value.publishedAt.slice(0, 40))}`,
      );
    const dateProblem = implausibleDate(publishedAt, input.receivedAt, options.maxFutureMs ?? DEFAULT_MAX_FUTURE_MS);
    if (dateProblem) return reject(dateProblem.reason, dateProblem.detail);
  }

  const keyText = input.key?.length ? decodeKey(input.key) : null;
  const articleId = cleanId(fields.value.id) ?? cleanId(keyText) ?? derivedId(body);
  const title = cleanLine(fields.value.title) ?? (fields.value.title === undefined ? headlineOf(body) : null);
  const article: Article = {
    articleId,
    url: cleanLine(fields.value.url),
    source: cleanLine(fields.value.source),
    title,
    publishedAt,
    ingestedAt: input.receivedAt.toISOString(),
    body,
    contentHash,
  };
  // The contract's rules by hand first (checkedArticle); zod only when they fail, to name the problem.
  const valid = checkedArticle(article);
  if (valid) return { kind: 'emit', values: [valid] };
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success)
    return reject('invalid_shape', checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return { kind: 'emit', values: [checked.data] };
}

type Parsed =
  | {
      ok: true;
      value: {
        id?: string;
        url?: string | null;
        source?: string | null;
        title?: string | null;
        publishedAt?: string | null;
        body: string;
      };
    }
  | { ok: false; reason: RejectionReason; detail: string };

function parseJsonArticle(text: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    // Deeply nested input overflows the parser's stack: a RangeError, still just bad JSON.
    return { ok: false, reason: 'invalid_json', detail: `looks like JSON but does not parse: ${parserMessage(err)}` };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, reason: 'invalid_shape', detail: 'a JSON article must be an object with a string `body`' };
  }
  const version = (json as Record<string, unknown>).schemaVersion;
  if (version !== undefined && !(RAW_ARTICLE_SCHEMA_VERSIONS as readonly unknown[]).includes(version)) {
    return {
      ok: false,
      reason: 'unsupported_schema_version',
      detail: `schemaVersion ${JSON.stringify(version).slice(0, 40)} is not one of ${RAW_ARTICLE_SCHEMA_VERSIONS.join(', ')}`,
    };
  }
  const result = RawArticleJsonSchema.safeParse(json);
  if (!result.success) {
    return {
      ok: false,
      reason: 'invalid_shape',
      detail: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '),
    };
  }
  return { ok: true, value: result.data };
}

/** A publishedAt that no real article has: after it was received (beyond the allowance), or before 1990. */
function implausibleDate(
  publishedAt: string,
  receivedAt: Date,
  maxFutureMs: number,
): { reason: RejectionReason; detail: string } | null {
  const ms = Date.parse(publishedAt);
  const latest = receivedAt.getTime() + maxFutureMs;
  if (ms > latest) {
    return {
      reason: 'future_date',
      detail: `publishedAt ${publishedAt} is after ${new Date(latest).toISOString()} (received ${receivedAt.toISOString()} + ${maxFutureMs} ms allowed)`,
    };
  }
  if (ms < Date.parse(EARLIEST_PUBLISHED_AT))
    return { reason: 'date_out_of_range', detail: `publishedAt ${publishedAt} is before ${EARLIEST_PUBLISHED_AT}` };
  return null;
}

/**
 * The parser's complaint without the input it quotes: V8 says `Unexpected
 * token 'S', "{"body": SECRET TEX"... is not valid JSON`, and the detail is
 * logged — article text must never reach the logs (README, Logs). Positions
 * and the kind of error stay; the original bytes are in the rejection anyway.
 */
function parserMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const unquoted = message.replace(/^Unexpected token .*? is not valid JSON$/s, 'Unexpected token');
  const cut = unquoted.indexOf('"');
  return (cut >= 0 ? unquoted.slice(0, cut).trimEnd() : unquoted).slice(0, 200);
}

/** The record `articles.rejected` carries: why, when, and the original bytes (base64 when they are not UTF-8). */
export function rejectionOf(input: RawInput, reason: RejectionReason, detail: string): Rejection {
  const bytes = input.value ?? Buffer.alloc(0);
  let original: string;
  let originalEncoding: 'utf8' | 'base64' = 'utf8';
  try {
    original = utf8.decode(bytes);
  } catch {
    original = bytes.toString('base64');
    originalEncoding = 'base64';
  }
  return {
    reason,
    detail,
    receivedAt: input.receivedAt.toISOString(),
    original,
    originalEncoding,
    ...(input.origin ? { origin: input.origin } : {}),
  };
}

/** The C0 control characters looksBinary counts (NUL among them). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const C0_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** NUL, or many C0 control characters, means this is not text someone wrote. */
function looksBinary(text: string): boolean {
  // Nearly every text has none: one regex scan says so at a fraction of the count's cost.
  if (!C0_CONTROL.test(text)) return false;
  if (text.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < text.length && i < 4096; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > 8 && control / Math.min(text.length, 4096) > 0.01;
}

function decodeKey(key: Buffer): string | null {
  try {
    return utf8.decode(key);
  } catch {
    return null;
  }
}

/** Ids travel as Kafka keys and into logs: printable, no spaces, bounded. */
function cleanId(id: string | null | undefined): string | null {
  if (!id) return null;
  const trimmed = id.trim();
  if (!trimmed || trimmed.length > MAX_ID_LENGTH || hasSpaceOrControl(trimmed)) return null;
  return trimmed;
}

/** White space, or a C0/C1 control character (U+0000–U+001F, U+007F–U+009F). */
function hasSpaceOrControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return /\s/.test(text);
}

function cleanLine(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const line = normaliseBody(value).replace(/\s+/g, ' ').trim();
  return line || null;
}

/** Plain-text articles often open with their headline on a line of its own. */
function headlineOf(body: string): string | null {
  const newline = body.indexOf('\n');
  if (newline <= 0) return null;
  const first = body.slice(0, newline).trim();
  return first.length <= MAX_HEADLINE_LENGTH && !/[.!?]["”']?$/.test(first) ? first : null;
}

function derivedId(body: string): string {
  return `sha256-${createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 24)}`;
}

/** Accepts YYYY-MM-DD or a full ISO 8601 date-time; returns UTC ISO or null. */
export function toIsoDate(value: string): string | null {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
