/**
 * The dashboard's data routes (JSON, and the event stream). Everything the
 * page shows comes from here; see README.md for the routes.
 */
import { Controller, Get, Headers, type MessageEvent, NotFoundException, Param, Query, Sse } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { DashboardReader } from './dashboard.reader';
import { DashboardState } from './dashboard.state';
import { DashboardStream } from './dashboard.stream';
import type { KafkaStatus, RowDetailView, StateView, TileView } from './dashboard.views';
import { TILE_GRID_SIZE, TILE_GRID_VERSION, tiles } from './tile-grid';

/** An event id is a decimal position; anything else is treated as no id. */
const EVENT_ID = /^\d{1,30}$/;

@Controller('api')
export class DashboardController {
  private readonly tileViews = tiles();

  constructor(
    private readonly state: DashboardState,
    private readonly reader: DashboardReader,
    private readonly stream: DashboardStream,
  ) {}

  /** The live stream. EventSource resends the last id it saw as Last-Event-ID; `?lastEventId=` serves a page that had to open a new EventSource. */
  @Sse('stream')
  events(@Headers('last-event-id') header?: string, @Query('lastEventId') query?: string): Observable<MessageEvent> {
    const id = [header, query].find((v) => typeof v === 'string' && EVENT_ID.test(v)) ?? null;
    return this.stream.events(id);
  }

  @Get('state')
  current(): StateView {
    return this.stream.view();
  }

  @Get('rows/:key')
  row(@Param('key') key: string): RowDetailView {
    const detail = this.state.detail(key);
    if (!detail) throw new NotFoundException(`no row ${key}`);
    return detail;
  }

  @Get('regions')
  regions(): { version: string; columns: number; rows: number; tiles: TileView[] } {
    return { version: TILE_GRID_VERSION, ...TILE_GRID_SIZE, tiles: this.tileViews };
  }

  @Get('health')
  health(): KafkaStatus {
    return this.reader.status();
  }
}
