import { z } from 'zod';
import { ArticleSchema, checkedArticle } from './article.contract';
import { ClaimRecordSchema, checkedClaimRecord } from './claim.contract';
import { DuplicateVerdictSchema, checkedDuplicateVerdict } from './duplicate.contract';
import { RejectionSchema } from './rejection.contract';
import { DailyBucketSchema, SnapshotSchema } from './snapshot.contract';
import type { TopicKey } from './topics';

/**
 * Which schema every JSON topic carries (`articles.raw` is free-form input and
 * is validated by ingest itself). Validate on consume and before produce.
 */
export const TOPIC_SCHEMAS = {
  ingested: ArticleSchema,
  unique: ArticleSchema,
  rejected: RejectionSchema,
  duplicates: DuplicateVerdictSchema,
  claims: ClaimRecordSchema,
  rolling: SnapshotSchema,
  daily: DailyBucketSchema,
} satisfies Partial<Record<TopicKey, z.ZodTypeAny>>;

export type SchemaTopic = keyof typeof TOPIC_SCHEMAS;
export type PayloadOf<T extends SchemaTopic> = z.infer<(typeof TOPIC_SCHEMAS)[T]>;

/** Parses and validates one message value; throws a ContractViolation naming the topic. */
export function decodePayload<T extends SchemaTopic>(topic: T, value: Buffer | string | null): PayloadOf<T> {
  if (value === null) throw new ContractViolation(topic, 'empty message value');
  let json: unknown;
  try {
    json = JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
  } catch (err) {
    throw new ContractViolation(topic, `not JSON: ${(err as Error).message}`);
  }
  return validatePayload(topic, json);
}

/** Hand-written checks equal to a topic's schema (null: ask the schema); see checkedArticle. */
const CHECKED: Partial<Record<SchemaTopic, (payload: unknown) => unknown>> = {
  ingested: checkedArticle,
  unique: checkedArticle,
  claims: checkedClaimRecord,
  duplicates: checkedDuplicateVerdict,
};

export function validatePayload<T extends SchemaTopic>(topic: T, payload: unknown): PayloadOf<T> {
  const checked = CHECKED[topic]?.(payload);
  if (checked) return checked as PayloadOf<T>;
  const result = TOPIC_SCHEMAS[topic].safeParse(payload);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ContractViolation(topic, issues);
  }
  return result.data as PayloadOf<T>;
}

/** Validates then serialises a value for producing. */
export function encodePayload<T extends SchemaTopic>(topic: T, payload: PayloadOf<T>): string {
  return JSON.stringify(validatePayload(topic, payload));
}

export class ContractViolation extends Error {
  constructor(
    readonly topic: string,
    readonly detail: string,
  ) {
    super(`message on ${topic} breaks its contract: ${detail}`);
    this.name = 'ContractViolation';
  }
}
