import { createServer, type Server } from 'node:net';
import { ephemeralRange, isPortFree, pickFreePort, pickFreePorts } from './free-port.finder';

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('free ports', () => {
  it('picks a port that can then be bound', async () => {
    const port = await pickFreePort();
    expect(port).toBeGreaterThan(0);
    const server = await listen(port);
    server.close();
  });

  it("picks below the OS's range for outgoing connections, where a client's local port cannot take it", async () => {
    const [low] = ephemeralRange();
    const ports = await pickFreePorts(5);
    for (const port of ports) {
      expect(port).toBeLessThan(low);
      expect(port).toBeGreaterThanOrEqual(Math.min(10_000, low - 1));
    }
  });

  it('picks distinct ports', async () => {
    const ports = await pickFreePorts(3);
    expect(new Set(ports).size).toBe(3);
  });

  it('reports a listening port as taken and a released one as free', async () => {
    const server = await listen(0);
    const port = (server.address() as { port: number }).port;
    expect(await isPortFree(port)).toBe(false);
    await new Promise((r) => server.close(r));
    expect(await isPortFree(port)).toBe(true);
  });
});
