import { runStage } from '@skytally/kafka-nest';
import { IngestModule } from './ingest.module';

runStage({ stage: 'ingest', module: IngestModule });
