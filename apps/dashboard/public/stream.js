// The live connection: an EventSource on /api/stream. The browser resends the
// last event id when it reconnects (Last-Event-ID), so the server resends the
// state only if it changed. Silence longer than SILENCE_MS (the server beats
// every 5 s) or a lost connection makes the page stale, as does a server
// that says it lost Kafka.
const SILENCE_MS = 12000;
const REOPEN_MS = 2000;

export function connect({ onState, onHealth }) {
  let source;
  let lastId = '';
  let lastHeard = 0;
  let lastLiveAt = null;
  let serverStatus = null;

  const report = () => {
    const open = source && source.readyState === EventSource.OPEN;
    const silent = Date.now() - lastHeard > SILENCE_MS;
    if (!open || silent) {
      onHealth({ live: false, reason: 'stream', since: lastLiveAt, lastEventId: lastId });
    } else if (serverStatus && (!serverStatus.connected || !serverStatus.caughtUp)) {
      const reason = serverStatus.caughtUp ? 'kafka' : 'catching-up';
      onHealth({ live: false, reason, since: serverStatus.staleSince ?? lastLiveAt, lastEventId: lastId });
    } else {
      onHealth({ live: true, since: null, lastEventId: lastId });
    }
  };

  const heard = (event, status) => {
    if (event.lastEventId) lastId = event.lastEventId;
    lastHeard = Date.now();
    serverStatus = status;
    if (status.connected && status.caughtUp) lastLiveAt = new Date().toISOString();
    report();
  };

  const open = () => {
    // A new EventSource cannot set Last-Event-ID itself: the query carries it.
    source = new EventSource(lastId ? `/api/stream?lastEventId=${encodeURIComponent(lastId)}` : '/api/stream');
    source.addEventListener('state', (event) => {
      const state = JSON.parse(event.data);
      heard(event, state.status);
      onState(state);
    });
    source.addEventListener('status', (event) => heard(event, JSON.parse(event.data)));
    source.addEventListener('error', () => {
      report();
      // CLOSED: the browser gave up (e.g. an error status); CONNECTING: it retries by itself.
      if (source.readyState === EventSource.CLOSED) setTimeout(open, REOPEN_MS);
    });
  };

  open();
  setInterval(report, 1000);
}
