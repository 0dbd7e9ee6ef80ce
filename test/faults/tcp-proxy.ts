// A TCP relay the fault tests hold between the app and Neo4j: it passes bytes both ways, or
// plays a Neo4j that accepts connections and never answers (cutting the ones already open).
import { createServer, connect, type Socket } from 'node:net';

export interface TcpProxy {
  uri: string;
  /** From now on accept connections and never answer; the open ones are cut. */
  goSilent(): void;
  /** From now on relay to Neo4j again. */
  relay(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let silent = false;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    if (silent) return; // held open, read from, never answered
    const upstream = connect(target);
    open.add(upstream);
    upstream.once('close', () => open.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    uri: `bolt://127.0.0.1:${port}`,
    goSilent: () => {
      silent = true;
      for (const socket of open) socket.destroy();
    },
    relay: () => {
      silent = false;
      for (const socket of open) socket.destroy();
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
