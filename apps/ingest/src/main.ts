import { runStage } from '@skytally/kafka';
import { IngestModule } from './ingest.module';

runStage({ stage: 'ingest', module: IngestModule });
