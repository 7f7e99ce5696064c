import { Module } from '@nestjs/common';
import { ExtractConsumer } from './extract.consumer';

@Module({ controllers: [ExtractConsumer] })
export class ExtractModule {}
