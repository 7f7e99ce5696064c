import { runStage } from '@skytally/kafka-nest';
import { AggregateModule } from './aggregate.module';

runStage({ stage: 'aggregate', module: AggregateModule });
