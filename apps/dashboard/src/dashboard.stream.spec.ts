import type { MessageEvent } from '@nestjs/common';
import { Subject, type Subscription } from 'rxjs';
import type { DashboardReader } from './dashboard.reader';
import { DashboardState } from './dashboard.state';
import { DashboardStream } from './dashboard.stream';
import type { KafkaStatus } from './dashboard.views';

const open: Subscription[] = [];

function setup(caughtUp = true) {
  const state = new DashboardState();
  state.advance('rolling', 0, '6');
  const status: KafkaStatus = { caughtUp, connected: true, lastFetchAt: null, staleSince: null };
  const reader = { changes$: new Subject<void>(), status: () => status };
  const stream = new DashboardStream(state, reader as unknown as DashboardReader);
  const events: MessageEvent[] = [];
  return {
    state,
    status,
    reader,
    stream,
    events,
    listen: (id: string | null) => {
      const sub = stream.events(id).subscribe((e) => events.push(e));
      open.push(sub);
      return sub;
    },
  };
}

describe('DashboardStream', () => {
  afterEach(() => {
    open.splice(0).forEach((s) => s.unsubscribe());
    jest.useRealTimers();
  });

  it('sends the state at once, with the version as its id', () => {
    const { events, listen } = setup();
    listen(null);
    expect(events.map((e) => [e.type, e.id])).toEqual([['state', '7']]);
  });

  it('does not resend the state to a browser that resumes with the current id', () => {
    const { events, listen } = setup();
    listen('7');
    expect(events.map((e) => [e.type, e.id])).toEqual([['status', '7']]);
  });

  it('resends the state to a browser whose id is older, or from another position', () => {
    const { events, listen } = setup();
    listen('3');
    expect(events.map((e) => e.type)).toEqual(['state']);
  });

  it('sends nothing but status until the reader has caught up, then the state on the next change', () => {
    jest.useFakeTimers();
    const { events, listen, status, reader, state } = setup(false);
    listen(null);
    expect(events.map((e) => e.type)).toEqual(['status']);
    status.caughtUp = true;
    state.advance('rolling', 0, '7');
    reader.changes$.next();
    jest.advanceTimersByTime(300);
    expect(events.map((e) => [e.type, e.id])).toEqual([
      ['status', ''],
      ['state', '8'],
    ]);
  });

  it('coalesces a burst of changes into one event, and ends every stream on close', () => {
    jest.useFakeTimers();
    const { events, listen, reader, state, stream } = setup();
    const sub = listen(null);
    for (let i = 7; i < 12; i++) {
      state.advance('rolling', 0, String(i));
      reader.changes$.next();
    }
    jest.advanceTimersByTime(300);
    expect(events.map((e) => e.id)).toEqual(['7', '12']);
    stream.close();
    expect(sub.closed).toBe(true);
    expect(listen(null).closed).toBe(true);
  });
});
