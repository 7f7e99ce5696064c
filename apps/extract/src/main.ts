import { runStage } from '@skytally/kafka-nest';
import { ExtractModule } from './extract.module';

runStage({ stage: 'extract', module: ExtractModule });
