import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A free TCP port on 127.0.0.1, for a broker or a server to bind a moment later. Another process could take it before
 * then; the launcher fails fast with the bind error in the log. To make that rarer, the port is drawn below the range
 * the OS hands to outgoing connections as their local ports (Linux: ip_local_port_range): a port the OS picks by binding
 * port 0 comes from that range, and a client connecting to a broker in the meantime can take it ("Address already in
 * use" at a chaos broker's start in CI, session 33). Falls back to the OS's pick.
 */
export async function pickFreePort(host = '127.0.0.1'): Promise<number> {
  const [low] = ephemeralRange();
  const from = Math.max(MIN_PICKED, low - SPREAD);
  for (let attempt = 0; attempt < 20 && from < low; attempt++) {
    const port = from + Math.floor(Math.random() * (low - from));
    if (await isPortFree(port, host)) return port;
  }
  return osPickedPort(host);
}

const MIN_PICKED = 10_000;
const SPREAD = 12_000;

/** The OS's range of local ports for outgoing connections (32768–60999 when it cannot be read). */
export function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low !== undefined && high !== undefined && low > 1024 && high >= low) return [low, high];
  } catch {
    // not Linux, or no /proc: the Linux default
  }
  return [32_768, 60_999];
}

/** Binds port 0, reads the port the OS picked, closes. */
function osPickedPort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not read the port the OS picked'))));
    });
  });
}

/** `count` distinct free ports (the OS can hand back a just-closed port, so duplicates are retried). */
export async function pickFreePorts(count: number, host = '127.0.0.1'): Promise<number[]> {
  const ports = new Set<number>();
  for (let attempts = 0; ports.size < count; attempts++) {
    if (attempts > count * 10) throw new Error(`could not find ${count} distinct free ports`);
    ports.add(await pickFreePort(host));
  }
  return [...ports];
}

/** True when nothing listens on host:port (a bind succeeds). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
