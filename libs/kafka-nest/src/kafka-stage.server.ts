/**
 * A Nest custom transport strategy that owns the consume loop (StageRunner)
 * instead of Nest's built-in Kafka transporter, which handles one message at
 * a time, blocks heartbeats while it works and retries a poison message
 * forever. Controllers still declare their inputs the Nest way:
 *
 *   @MessagePattern(TOPICS.raw) handle(@Payload() message: InboundMessage): OutboundMessage[]
 *   @MessagePattern(restorePattern(TOPICS.claims)) restore(@Payload() ctx: RestoreContext): Promise<OutboundMessage[]>
 *   @MessagePattern(endBatchPattern(TOPICS.claims)) endBatch(): OutboundMessage[]
 *   @MessagePattern(punctuatePattern(TOPICS.claims)) punctuate(@Payload() { now }): OutboundMessage[]
 *   @MessagePattern(acknowledgedPattern(TOPICS.claims)) acknowledged(): void
 *
 * Patterns are the unprefixed topic names; the server subscribes to the
 * prefixed topics.
 */
import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import type { Kafka } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import type { InboundMessage, OutboundMessage, RestoreContext, StageProcessor } from '../messages';
import { StageRunner, type StageRunnerOptions } from '../stage-runner';

export const restorePattern = (topic: string): string => `${topic}#restore`;
export const endBatchPattern = (topic: string): string => `${topic}#end-batch`;
export const rebalancePattern = (topic: string): string => `${topic}#rebalance`;
export const punctuatePattern = (topic: string): string => `${topic}#punctuate`;
export const acknowledgedPattern = (topic: string): string => `${topic}#acknowledged`;

export interface KafkaStageServerOptions extends Omit<StageRunnerOptions, 'inputTopics'> {
  kafka: Kafka;
  topicPrefix: string;
}

export class KafkaStageServer extends Server implements CustomTransportStrategy {
  private runner?: StageRunner;

  constructor(private readonly stageOptions: KafkaStageServerOptions) {
    super();
  }

  async listen(callback: (err?: unknown) => void): Promise<void> {
    try {
      const { topicPrefix, kafka } = this.stageOptions;
      const patterns = [...this.getHandlers().keys()].filter((p) => !p.includes('#'));
      if (!patterns.length) throw new Error(`stage ${this.stageOptions.stage} has no @MessagePattern handlers`);
      const byTopic = new Map(patterns.map((p) => [`${topicPrefix}${p}`, p]));
      const processor: StageProcessor = {
        process: (message) => this.call<OutboundMessage[]>(byTopic.get(message.topic)!, message),
      };
      // Optional hooks are offered to the runner only when a controller declares them.
      const declared = (hook: (topic: string) => string) => patterns.some((p) => this.getHandlerByPattern(hook(p)));
      if (declared(restorePattern)) processor.restore = (context) => this.hooks(patterns.map(restorePattern), context);
      if (declared(endBatchPattern)) processor.endBatch = () => this.hooks(patterns.map(endBatchPattern), {});
      if (declared(punctuatePattern))
        processor.punctuate = (now) => this.hooks(patterns.map(punctuatePattern), { now });
      if (declared(rebalancePattern)) {
        processor.onRebalance = async () => {
          await this.hooks(patterns.map(rebalancePattern), {});
        };
      }
      if (declared(acknowledgedPattern)) {
        processor.acknowledged = async () => {
          await this.hooks(patterns.map(acknowledgedPattern), {});
        };
      }
      this.runner = new StageRunner(kafka, processor, { ...this.stageOptions, inputTopics: [...byTopic.keys()] });
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
  private async hooks(
    patterns: string[],
    data: RestoreContext | { now: number } | Record<string, never>,
  ): Promise<OutboundMessage[]> {
    const out: OutboundMessage[] = [];
    for (const pattern of patterns) {
      if (this.getHandlerByPattern(pattern)) out.push(...(await this.call<OutboundMessage[]>(pattern, data)));
    }
    return out;
  }

  private async call<T>(
    pattern: string,
    data: InboundMessage | RestoreContext | { now: number } | Record<string, never>,
  ): Promise<T> {
    const handler = this.getHandlerByPattern(pattern);
    if (!handler) throw new Error(`no handler for ${pattern}`);
    const result = await handler(data);
    return (await lastValueFrom(this.transformToObservable(result), { defaultValue: [] })) as T;
  }
}
