import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  base: string;
  port: number;
  /** TCP connections accepted so far: a refused fetch must leave this at 0. */
  connections: () => number;
  /** Paths asked for, in order. */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close: () => Promise<void>;
}

/** An HTTP server on 127.0.0.1 only, answering each path from `routes` (404 otherwise). */
export async function startLocalServer(routes: Record<string, Route>): Promise<LocalServer> {
  let connections = 0;
  const requests: LocalServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes[path];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', () => connections++);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    connections: () => connections,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** A route answering a fixed body. */
export function serve(body: string, contentType: string, headers: Record<string, string> = {}): Route {
  return (_req, res) => res.writeHead(200, { 'content-type': contentType, ...headers }).end(body);
}
