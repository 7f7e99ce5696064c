import * as extraction from '@skytally/extraction';
import { topicNames } from '@skytally/contracts';
import { StageStats, type InboundMessage } from '@skytally/kafka';
import { ingest } from '@skytally/ingestion';
import type { Logger } from '@skytally/logger';
import { ExtractConsumer } from './extract.consumer';

const logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
} as unknown as Logger;

function message(body: string): InboundMessage {
  const outcome = ingest(
    {
      key: null,
      value: Buffer.from(JSON.stringify({ id: 'a1', body, publishedAt: '2025-06-02' })),
      receivedAt: new Date('2025-06-02T08:00:00Z'),
    },
    { maxBodyBytes: 1e6 },
  );
  if (outcome.kind !== 'article') throw new Error('rejected');
  const article = outcome.article;
  return {
    topic: 'articles.unique',
    partition: 0,
    offset: '7',
    key: Buffer.from('a1'),
    value: Buffer.from(JSON.stringify(article)),
    headers: {},
    timestamp: '0',
  };
}

describe('ExtractConsumer', () => {
  const consumer = new ExtractConsumer(topicNames(''), logger, new StageStats());

  afterEach(() => jest.restoreAllMocks());

  it('publishes one record per row a claim feeds', () => {
    const out = consumer.handle(
      message('Air defences shot down 12 drones over the Kursk region, the Russian Defence Ministry said.'),
    );
    expect(out.map((m) => m.key)).toEqual(['RU-KRS']);
  });

  it('lets an extraction bug throw, so the stage runner retries and dead-letters the message (no silent "no claims")', () => {
    jest.spyOn(extraction, 'extractClaims').mockImplementation(() => {
      throw new TypeError('bug in a rule');
    });
    expect(() => consumer.handle(message('Air defences shot down 12 drones over the Kursk region.'))).toThrow(
      'bug in a rule',
    );
  });
});
