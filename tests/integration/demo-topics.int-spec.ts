/**
 * `removeDemoTopics` (libs/pipeline): how `skytally run --demo` tidies up after itself on a shared
 * broker: the topics and consumer groups of its own prefix go, every other prefix's stay. (The demo
 * run again and again on one crowded broker folder is the soak: tests/soak/demo-loop.soak-spec.ts.)
 */
import { parseConfig } from '@skytally/config';
import { consumerGroup, topicNames } from '@skytally/contracts';
import { ensureTopics } from '@skytally/kafka';
import { createRootLogger } from '@skytally/logger';
import { removeDemoTopics } from '@skytally/pipeline';
import { createTestKafka, uniqueSuffix } from '../support/kafka-test-utils';

describe('removeDemoTopics', () => {
  it('deletes the topics and consumer groups of one prefix, and nothing else', async () => {
    const kafka = createTestKafka();
    const admin = kafka.admin();
    await admin.connect();
    const mine = `demo-${uniqueSuffix()}.`;
    const other = `demo-${uniqueSuffix()}.`;
    try {
      for (const prefix of [mine, other])
        await ensureTopics(
          admin,
          parseConfig({ KAFKA_BROKERS: process.env.KAFKA_BROKERS, SKYTALLY_TOPIC_PREFIX: prefix }),
        );
      // A group with committed offsets and no member (as a demo leaves it): removeDemoTopics must delete it.
      const group = consumerGroup(mine, 'ingest');
      // (Another admin: setOffsets makes a client refresh that topic's metadata ever after, which fails once it is deleted.)
      const offsetsAdmin = kafka.admin();
      await offsetsAdmin.connect();
      await offsetsAdmin.setOffsets({
        groupId: group,
        topic: `${mine}articles.raw`,
        partitions: [{ partition: 0, offset: '0' }],
      });
      await offsetsAdmin.disconnect();

      const logger = createRootLogger({ level: 'silent' });
      const removed = await removeDemoTopics(
        parseConfig({ KAFKA_BROKERS: process.env.KAFKA_BROKERS, SKYTALLY_TOPIC_PREFIX: mine }),
        logger,
      );
      // Every topic the pipeline makes (ensureTopics above), by its contract names.
      expect([...removed.topics].sort()).toEqual(Object.values(topicNames(mine)).sort());
      expect(removed.groups).toEqual([group]);
      const left = await admin.listTopics();
      expect(left.filter((t) => t.startsWith(mine))).toEqual([]);
      expect(left.filter((t) => t.startsWith(other)).sort()).toEqual(Object.values(topicNames(other)).sort());
      expect((await admin.listGroups()).groups.map((g) => g.groupId)).not.toContain(group);
      await expect(removeDemoTopics(parseConfig({ KAFKA_BROKERS: process.env.KAFKA_BROKERS }), logger)).rejects.toThrow(
        /without a prefix/,
      );
    } finally {
      const left = (await admin.listTopics()).filter((t) => t.startsWith(mine) || t.startsWith(other));
      if (left.length) await admin.deleteTopics({ topics: left }).catch(() => undefined);
      await admin.disconnect();
    }
  });
});
