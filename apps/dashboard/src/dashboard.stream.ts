/**
 * The live stream behind `GET /api/stream` (Server-Sent Events).
 *
 * - `state` events carry the whole picture (StateView), never a delta, with
 *   the state's version as the event id. They are coalesced: at most one per
 *   COALESCE_MS, sent as soon as a batch changed something.
 * - `status` events, every HEARTBEAT_MS, carry the Kafka status alone (and
 *   the last id sent, so the browser's Last-Event-ID stays right). A page
 *   that hears nothing for a while knows the stream is gone.
 * - A browser that reconnects sends `Last-Event-ID`; when it names the
 *   current version the state is not resent. Versions are positions in the
 *   topics, so this holds across a restart of the dashboard too.
 * Nothing is sent before the reader has caught up with the topics, so a
 * restarting dashboard never shows a half-read state as current.
 */
import { Injectable, type MessageEvent, type OnModuleDestroy } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';
import { DashboardReader } from './dashboard.reader';
import { DashboardState } from './dashboard.state';
import type { KafkaStatus, RowView, StateView } from './dashboard.views';

export const HEARTBEAT_MS = 5_000;
const COALESCE_MS = 250;
/** How soon a browser reconnects after losing the stream. */
const RETRY_MS = 1_000;

@Injectable()
export class DashboardStream implements OnModuleDestroy {
  private readonly closing$ = new Subject<void>();
  private rowsCache?: { version: string; rows: RowView[] };
  private closed = false;

  constructor(
    private readonly state: DashboardState,
    private readonly reader: DashboardReader,
  ) {}

  view(status: KafkaStatus = this.reader.status()): StateView {
    const version = this.state.version;
    if (this.rowsCache?.version !== version) this.rowsCache = { version, rows: this.state.rows() };
    return { version, rows: this.rowsCache.rows, status };
  }

  events(lastEventId: string | null): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      if (this.closed) return subscriber.complete();
      let sent = lastEventId;
      let timer: NodeJS.Timeout | undefined;
      const push = (beat: boolean) => {
        const status = this.reader.status();
        if (status.caughtUp && this.state.version !== sent) {
          const view = this.view(status);
          sent = view.version;
          subscriber.next({ id: sent, type: 'state', data: view, retry: RETRY_MS });
        } else if (beat) {
          subscriber.next({ id: sent ?? '', type: 'status', data: status, retry: RETRY_MS });
        }
      };
      push(true);
      const changes = this.reader.changes$.subscribe(() => {
        timer ??= setTimeout(() => {
          timer = undefined;
          push(false);
        }, COALESCE_MS);
      });
      const heartbeat = setInterval(() => push(true), HEARTBEAT_MS);
      const closing = this.closing$.subscribe(() => subscriber.complete());
      return () => {
        changes.unsubscribe();
        closing.unsubscribe();
        clearInterval(heartbeat);
        if (timer) clearTimeout(timer);
      };
    });
  }

  /** Ends every open stream, and any opened later (shutdown): browsers reconnect to whoever serves next. */
  close(): void {
    this.closed = true;
    this.closing$.next();
  }

  onModuleDestroy(): void {
    this.close();
  }
}
