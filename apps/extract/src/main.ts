import { runStage } from '@skytally/kafka';
import { ExtractModule } from './extract.module';

runStage({ stage: 'extract', module: ExtractModule });
