import type { Kafka } from 'kafkajs';
import { IDEMPOTENT_PRODUCER } from '@skytally/kafka';
import type { ArticleFile } from '../input/article-files';

/** Publishes articles to articles.raw as JSON, keyed by id, in batches. */
export async function feedArticles(
  kafka: Kafka,
  topic: string,
  files: ArticleFile[],
  batchSize = 500,
): Promise<number> {
  const producer = kafka.producer(IDEMPOTENT_PRODUCER);
  await producer.connect();
  try {
    for (let i = 0; i < files.length; i += batchSize) {
      const messages = files
        .slice(i, i + batchSize)
        .map((f) => ({ key: f.article.id, value: JSON.stringify(f.article) }));
      await producer.send({ topic, messages, acks: -1 });
    }
  } finally {
    await producer.disconnect();
  }
  return files.length;
}
