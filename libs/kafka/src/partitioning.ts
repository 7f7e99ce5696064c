/**
 * Which partition a key lands on: the same function the producers use
 * (kafkajs' default partitioner, murmur2 of the key modulo the partition
 * count, as the Java client's). A stage that owns rows by partition asks
 * here which rows its assignment covers.
 */
import { Partitioners } from 'kafkajs';

const partitioner = Partitioners.DefaultPartitioner();
const metadataFor = new Map<number, Array<{ partitionId: number; leader: number }>>();

export function partitionForKey(key: string, partitionCount: number): number {
  if (!Number.isInteger(partitionCount) || partitionCount < 1)
    throw new RangeError(`partition count must be a positive integer, not ${partitionCount}`);
  let partitionMetadata = metadataFor.get(partitionCount);
  if (!partitionMetadata)
    metadataFor.set(
      partitionCount,
      (partitionMetadata = Array.from({ length: partitionCount }, (_, partitionId) => ({ partitionId, leader: 0 }))),
    );
  return partitioner({ topic: '', partitionMetadata: partitionMetadata as never, message: { key, value: null } });
}
