/**
 * A Nest custom transport strategy that owns the consume loop (StageRunner)
 * instead of Nest's built-in Kafka transporter, which handles one message at
 * a time, blocks heartbeats while it works and retries a poison message
 * forever. Controllers still declare their inputs the Nest way, per batch or
 * per message:
 *
 *   @MessagePattern(batchPattern(TOPICS.unique)) handle(@Payload() messages: InboundMessage[]): MessageResult[]
 *   @MessagePattern(TOPICS.raw) handle(@Payload() message: InboundMessage): MessageResult
 *   @MessagePattern(restorePattern(TOPICS.claims)) restore(@Payload() ctx: RestoreContext): Promise<OutboundMessage[]>
 *   @MessagePattern(endBatchPattern(TOPICS.claims)) endBatch(): OutboundMessage[]
 *   @MessagePattern(punctuatePattern(TOPICS.claims)) punctuate(@Payload() { now }): OutboundMessage[]
 *   @MessagePattern(acknowledgedPattern(TOPICS.claims)) acknowledged(): void
 *
 * A batch handler is called once per slice of a fetched batch (up to the
 * runner's sliceSize messages, 100 by default; one partition) and returns one result per
 * message, in order; the runner calls it with one message when it retries
 * one. A stage with only a per-message handler is called per message, as
 * before. Patterns are the unprefixed topic names; the server subscribes to
 * the prefixed topics.
 */
import { type CustomTransportStrategy, type MessageHandler, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import {
  type InboundMessage,
  type KafkaClient,
  type MessageResult,
  type OutboundMessage,
  type RestoreContext,
  type StageProcessor,
  StageRunner,
  type StageRunnerOptions,
} from '@skytally/kafka';

/** The stage's hooks beside its input handler; a pattern is `<topic>#<hook>`. */
export type StageHook = 'batch' | 'restore' | 'end-batch' | 'rebalance' | 'punctuate' | 'acknowledged';

export const hookPattern = (topic: string, hook: StageHook): string => `${topic}#${hook}`;
export const batchPattern = (topic: string): string => hookPattern(topic, 'batch');
export const restorePattern = (topic: string): string => hookPattern(topic, 'restore');
export const endBatchPattern = (topic: string): string => hookPattern(topic, 'end-batch');
export const rebalancePattern = (topic: string): string => hookPattern(topic, 'rebalance');
export const punctuatePattern = (topic: string): string => hookPattern(topic, 'punctuate');
export const acknowledgedPattern = (topic: string): string => hookPattern(topic, 'acknowledged');

/** The input topic a pattern is about: the pattern itself, or what comes before `#<hook>`. */
const topicOf = (pattern: string): string => pattern.split('#', 1)[0] ?? pattern;

export interface KafkaStageServerOptions extends Omit<StageRunnerOptions, 'inputTopics'> {
  kafka: KafkaClient;
  topicPrefix: string;
}

type HookData = InboundMessage | readonly InboundMessage[] | RestoreContext | { now: number } | Record<string, never>;

export class KafkaStageServer extends Server implements CustomTransportStrategy {
  private runner?: StageRunner;
  /**
   * The handlers by pattern, looked up once: Nest's getHandlerByPattern tries
   * JSON.parse on every call and throws for a plain string — 5–10 % of a
   * service's CPU when it ran per message (profiles in BENCHMARKS.md).
   */
  private readonly byPattern = new Map<string, MessageHandler>();

  constructor(private readonly stageOptions: KafkaStageServerOptions) {
    super();
  }

  async listen(callback: (err?: unknown) => void): Promise<void> {
    try {
      const { topicPrefix, kafka } = this.stageOptions;
      // Every pattern here is a plain string, which Nest keeps as its own route.
      for (const [pattern, handler] of this.getHandlers()) this.byPattern.set(pattern, handler);
      const registered = [...this.byPattern.keys()];
      const has = (pattern: string) => this.byPattern.has(pattern);
      // Input topics: those with a per-message or a batch handler.
      const inputs = [...new Set(registered.map(topicOf))].filter((t) => has(t) || has(batchPattern(t)));
      if (!inputs.length) throw new Error(`stage ${this.stageOptions.stage} has no @MessagePattern input handlers`);
      const unprefixed = new Map(inputs.map((t) => [`${topicPrefix}${t}`, t]));
      const patternOf = (message: InboundMessage): string => {
        const topic = unprefixed.get(message.topic);
        if (topic === undefined) throw new Error(`a message from ${message.topic}, which this stage does not consume`);
        return topic;
      };
      const processor: StageProcessor = {};
      if (inputs.some((t) => has(t))) {
        processor.process = async (message) => {
          const topic = patternOf(message);
          if (has(topic)) return this.call<MessageResult>(topic, message);
          const [result] = await this.call<MessageResult[]>(batchPattern(topic), [message]);
          if (result === undefined) throw new Error(`${batchPattern(topic)} returned no result`);
          return result;
        };
      }
      if (inputs.some((t) => has(batchPattern(t)))) {
        processor.processBatch = async (messages) => {
          const first = messages[0];
          if (!first) return [];
          const topic = patternOf(first);
          if (has(batchPattern(topic))) return this.call<MessageResult[]>(batchPattern(topic), messages);
          const results: MessageResult[] = [];
          for (const message of messages) results.push(await this.call<MessageResult>(topic, message));
          return results;
        };
      }
      // Optional hooks are offered to the runner only when a controller declares them.
      const declared = (hook: StageHook) => inputs.some((t) => has(hookPattern(t, hook)));
      const hooks = (hook: StageHook, data: HookData) =>
        this.hooks(
          inputs.map((t) => hookPattern(t, hook)),
          data,
        );
      if (declared('restore')) processor.restore = (context) => hooks('restore', context);
      if (declared('end-batch')) processor.endBatch = () => hooks('end-batch', {});
      if (declared('punctuate')) processor.punctuate = (now) => hooks('punctuate', { now });
      if (declared('rebalance')) {
        processor.onRebalance = async () => {
          await hooks('rebalance', {});
        };
      }
      if (declared('acknowledged')) {
        processor.acknowledged = async () => {
          await hooks('acknowledged', {});
        };
      }
      this.runner = new StageRunner(kafka, processor, { ...this.stageOptions, inputTopics: [...unprefixed.keys()] });
      await this.runner.start();
      callback();
    } catch (err) {
      callback(err);
    }
  }

  async close(): Promise<void> {
    await this.runner?.stop();
  }

  on(): void {
    // Kafka client events are handled by the runner's own listeners.
  }

  unwrap<T>(): T {
    return this.runner as T;
  }

  /** Calls the optional hook handlers (restore, end of batch) that the controller declares. */
  private async hooks(patterns: string[], data: HookData): Promise<OutboundMessage[]> {
    const out: OutboundMessage[] = [];
    for (const pattern of patterns) {
      if (this.byPattern.has(pattern)) out.push(...(await this.call<OutboundMessage[]>(pattern, data)));
    }
    return out;
  }

  private async call<T>(pattern: string, data: HookData): Promise<T> {
    const handler = this.byPattern.get(pattern);
    if (!handler) throw new Error(`no handler for ${pattern}`);
    const result: unknown = await handler(data);
    // An error comes back as an Observable that fails (Nest's exception filter); a value as itself.
    if (isObservable(result)) return (await lastValueFrom(result, { defaultValue: [] })) as T;
    return (result ?? []) as T;
  }
}
