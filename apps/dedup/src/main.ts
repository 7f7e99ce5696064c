import { runStage } from '@skytally/kafka';
import { DedupModule } from './dedup.module';

runStage({ stage: 'dedup', module: DedupModule });
