import { Module } from '@nestjs/common';
import { AggregateConsumer } from './aggregate.consumer';
import { AggregateStore } from './aggregate.store';
import { SnapshotPublisher } from './snapshot.publisher';

@Module({ controllers: [AggregateConsumer], providers: [AggregateStore, SnapshotPublisher] })
export class AggregateModule {}
