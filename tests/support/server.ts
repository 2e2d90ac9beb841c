// A tiny static server for the built site under its base path, as GitHub Pages serves it
// (directory index.html, 404.html for unknown paths, /x → /x/ redirect for folders).
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface RunningServer {
  origin: string;
  server: Server;
  /** Serve another build from now on (a deploy, as the update test needs). */
  setRoot(dir: string): void;
  close(): Promise<void>;
}

/** Where pages of a test server find axe-core (see axe.ts): outside the base, so no site path can clash. */
export const axeScriptPath = '/__test__/axe.min.js';
// Served as a file rather than injected as text, the browser caches it and its compiled code across page views.
const extraFiles: Record<string, string> = { [axeScriptPath]: createRequire(import.meta.url).resolve('axe-core/axe.min.js') };

/** Serves `dir` under `base`, plus axe-core for the accessibility checks. */
export async function serveDist(initialDir: string, base: string): Promise<RunningServer> {
  let dir = initialDir;
  // Compressing the same file for every one of hundreds of page views would cost the test run seconds.
  const compressed = new Map<string, { version: string; body: Buffer }>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const send = (file: string, status = 200) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const { size, mtimeMs } = statSync(file);
      // Like GitHub Pages: revalidate every time, by an ETag, and compress text for clients that accept it.
      const etag = `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
      const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache', ETag: etag };
      if (status === 200 && request.headers['if-none-match'] === etag) {
        response.writeHead(304, headers);
        response.end();
        return;
      }
      let body: Buffer;
      if (/text|json|xml|javascript|svg|wasm/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        let cached = compressed.get(file);
        if (cached?.version !== etag) compressed.set(file, (cached = { version: etag, body: gzipSync(readFileSync(file)) }));
        body = cached.body;
        headers['Content-Encoding'] = 'gzip';
      } else body = readFileSync(file);
      response.writeHead(status, headers);
      response.end(body);
    };
    const extra = extraFiles[path];
    if (extra) return send(extra);
    if (path.startsWith(base) || `${path}/` === base) {
      const inside = normalize(path.slice(base.length - 1) || '/');
      let file = join(dir, inside);
      if (existsSync(file) && statSync(file).isDirectory()) {
        if (!path.endsWith('/')) {
          response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
          response.end();
          return;
        }
        file = join(file, 'index.html');
      }
      if (existsSync(file) && statSync(file).isFile()) return send(file);
    }
    send(join(dir, '404.html'), 404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    setRoot: (next) => {
      dir = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
