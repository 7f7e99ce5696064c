import { Module } from '@nestjs/common';
import { DedupConsumer } from './dedup.consumer';
import { DedupStore } from './dedup.store';

@Module({ controllers: [DedupConsumer], providers: [DedupStore] })
export class DedupModule {}
