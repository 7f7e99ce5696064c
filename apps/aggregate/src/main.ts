import { runStage } from '@skytally/kafka';
import { AggregateModule } from './aggregate.module';

runStage({ stage: 'aggregate', module: AggregateModule });
