import { createServer } from 'node:net';

/**
 * Asks the OS for a free TCP port on 127.0.0.1 (bind to port 0, read it, close). Another process
 * could take it before Kafka binds it; the launcher then fails fast with the bind error in the log.
 */
export function pickFreePort(host = '127.0.0.1'): Promise<number> {
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
