import { Module } from '@nestjs/common';
import { IngestConsumer } from './ingest.consumer';

@Module({ controllers: [IngestConsumer] })
export class IngestModule {}
