// A small real HTTP server on 127.0.0.1 for end-to-end tests: serves the project's files and
// lets a test add routes (pages with their own headers, failing feeds...).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface StaticServer {
  url: string;
  /** Answers `path` (exact match on the pathname) with `route` instead of a file. */
  route(path: string, route: Route): void;
  /** Every pathname requested, in order (to check what the widget fetched). */
  requests: string[];
  close(): Promise<void>;
}

export async function startStaticServer(root = resolve('.')): Promise<StaticServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    requests.push(pathname);
    try {
      // Browsers ask for it on their own; answering keeps "404" out of the console checks.
      if (pathname === '/favicon.ico') return void res.writeHead(204).end();
      const route = routes.get(pathname);
      if (route) return await route(req, res);
      const file = resolve(root, '.' + decodeURIComponent(pathname));
      if (!file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    route: (path, route) => void routes.set(path, route),
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
