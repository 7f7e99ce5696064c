import { runStage } from '@skytally/kafka-nest';
import { DedupModule } from './dedup.module';

runStage({ stage: 'dedup', module: DedupModule });
