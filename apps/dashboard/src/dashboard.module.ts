import { type DynamicModule, Module } from '@nestjs/common';
import { StageStats } from '@skytally/kafka';
import { StageContextModule, type StageContext } from '@skytally/kafka-nest';
import { DashboardController } from './dashboard.controller';
import { DashboardReader } from './dashboard.reader';
import { DashboardState } from './dashboard.state';
import { DashboardStream } from './dashboard.stream';
import { PageController } from './page.controller';

@Module({})
export class DashboardModule {
  /** Config, logger and Kafka client come in through the stages' own context module. */
  static forRoot(context: Omit<StageContext, 'stats'>): DynamicModule {
    return {
      module: DashboardModule,
      imports: [StageContextModule.forRoot({ ...context, stats: new StageStats() })],
      controllers: [DashboardController, PageController],
      providers: [
        { provide: DashboardState, useFactory: () => new DashboardState() },
        DashboardReader,
        DashboardStream,
      ],
    };
  }
}
