// A local test server for the resilience suite: two real HTTP origins on 127.0.0.1 (the page's
// own, and a second one for cross-origin feeds) whose feeds can be switched, per feed, between
// a good answer and every way a feed can fail.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startStaticServer, type StaticServer } from './static-server.js';

export type FeedMode =
  /** 200 with the feed's JSON (and CORS allowed on the second origin). */
  | 'ok'
  | 'status-404'
  | 'status-500'
  /** 200 with an HTML page, as a misconfigured server or a login wall answers. */
  | 'html'
  /** 200, content-type JSON, a body that is not JSON. */
  | 'invalid-json'
  /** 200 with an empty body. */
  | 'empty'
  /** 200, the feed's JSON cut in the middle. */
  | 'truncated'
  /** 200 with a 20 MB JSON body, announced by Content-Length. */
  | 'huge'
  /** 200 with a 20 MB JSON body streamed in chunks, no Content-Length. */
  | 'huge-chunked'
  /** The feed, after `slowMs` milliseconds. */
  | 'slow'
  /** The socket is destroyed before any answer. */
  | 'drop'
  /** The feed without the Access-Control-Allow-Origin header (matters cross-origin only). */
  | 'no-cors';

export const HUGE_BYTES = 20 * 1024 * 1024;

export interface ResilienceServer {
  /** The page's origin: serves the project's files, test pages and same-origin feeds. */
  url: string;
  /** A second origin that serves the same feeds (cross-origin for the page). */
  crossUrl: string;
  /** Sets the JSON a feed answers with in `ok` mode (and `slow`, `truncated`, `no-cors`). */
  setFeed(name: string, body: unknown): void;
  /** Switches how a feed answers from now on. */
  setMode(name: string, mode: FeedMode, options?: { slowMs?: number }): void;
  /** Path of a feed on either origin: `/feeds/<name>.json`. */
  feedUrl(name: string, origin?: 'same' | 'cross'): string;
  /** Serves an HTML page at `path` on the page's origin. */
  page(path: string, html: string, headers?: Record<string, string>): void;
  /** How many times a feed was requested (both origins). */
  hits(name: string): number;
  close(): Promise<void>;
}

interface FeedState {
  body: unknown;
  mode: FeedMode;
  slowMs: number;
  hits: number;
}

function hugeBody(): string {
  // A valid careers feed padded to 20 MB with one enormous description.
  const head = '{"version":1,"jobs":[{"id":"huge","title":"Huge","description":"';
  const tail = '"}]}';
  return head + 'x'.repeat(HUGE_BYTES - head.length - tail.length) + tail;
}

export async function startResilienceServer(): Promise<ResilienceServer> {
  const same: StaticServer = await startStaticServer();
  const cross: StaticServer = await startStaticServer();
  const feeds = new Map<string, FeedState>();
  let huge: string | undefined;

  const answer =
    (name: string, crossOrigin: boolean) => async (req: IncomingMessage, res: ServerResponse) => {
      const feed = feeds.get(name)!;
      feed.hits++;
      const cors: Record<string, string> =
        crossOrigin && feed.mode !== 'no-cors' ? { 'access-control-allow-origin': '*' } : {};
      const jsonHeaders = { 'content-type': 'application/json; charset=utf-8', ...cors };
      const text = JSON.stringify(feed.body);
      switch (feed.mode) {
        case 'status-404':
        case 'status-500':
          res.writeHead(Number(feed.mode.slice(-3)), { 'content-type': 'text/plain', ...cors });
          return void res.end(feed.mode === 'status-404' ? 'Not Found' : 'Internal Server Error');
        case 'html':
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...cors });
          return void res.end('<!doctype html><html><body><h1>Please log in</h1></body></html>');
        case 'invalid-json':
          res.writeHead(200, jsonHeaders);
          return void res.end("{ jobs: [ { title: 'not json' } ] }");
        case 'empty':
          res.writeHead(200, jsonHeaders);
          return void res.end();
        case 'truncated':
          res.writeHead(200, jsonHeaders);
          return void res.end(text.slice(0, Math.floor(text.length / 2)));
        case 'huge':
          huge ??= hugeBody();
          res.writeHead(200, { ...jsonHeaders, 'content-length': String(huge.length) });
          return void res.end(huge);
        case 'huge-chunked': {
          huge ??= hugeBody();
          res.writeHead(200, jsonHeaders);
          const chunk = 1024 * 1024;
          for (let at = 0; at < huge.length && !res.destroyed; at += chunk) {
            if (!res.write(huge.slice(at, at + chunk))) {
              await new Promise((done) => {
                res.once('drain', done);
                res.once('close', done);
              });
            }
          }
          return void res.end();
        }
        case 'drop':
          return void req.socket.destroy();
        case 'slow': {
          const timer = setTimeout(() => {
            if (res.destroyed) return;
            res.writeHead(200, jsonHeaders);
            res.end(text);
          }, feed.slowMs);
          res.on('close', () => clearTimeout(timer));
          return;
        }
        default:
          res.writeHead(200, jsonHeaders);
          return void res.end(text);
      }
    };

  return {
    url: same.url,
    crossUrl: cross.url,
    setFeed(name, body) {
      if (!feeds.has(name)) {
        feeds.set(name, { body, mode: 'ok', slowMs: 2000, hits: 0 });
        same.route(`/feeds/${name}.json`, answer(name, false));
        cross.route(`/feeds/${name}.json`, answer(name, true));
      }
      feeds.get(name)!.body = body;
    },
    setMode(name, mode, options = {}) {
      const feed = feeds.get(name);
      if (!feed) throw new Error(`Unknown feed ${name}: call setFeed first`);
      feed.mode = mode;
      if (options.slowMs !== undefined) feed.slowMs = options.slowMs;
    },
    feedUrl: (name, origin = 'same') =>
      `${origin === 'cross' ? cross.url : ''}/feeds/${encodeURIComponent(name)}.json`,
    page(path, html, headers = {}) {
      same.route(path, (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
        res.end(html);
      });
    },
    hits: (name) => feeds.get(name)?.hits ?? 0,
    close: async () => {
      await Promise.all([same.close(), cross.close()]);
    },
  };
}
