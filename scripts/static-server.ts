/**
 * A small static file server for dist/ with security headers and gzip (compressed.ts). No
 * dependencies, no directory listings.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseAllowlist } from '../src/data/dataset-url';
import { acceptsGzip, GzipCache, isCompressible } from './compressed';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  root: string;
  port: number;
  host?: string;
  /** Extra headers on every response. */
  headers?: Record<string, string>;
  /** Send the CSP header (default true). */
  csp?: boolean;
  /**
   * Sites allowed to frame the app (CSP `frame-ancestors`), e.g. "'self' https://news.example".
   * Defaults to $FRAME_ANCESTORS; unset, any site may embed the panels.
   */
  frameAncestors?: string;
  /**
   * Origins besides 'self' the page may fetch from (CSP `connect-src`): the sites a
   * `?data=URL` may load from. Defaults to $VITE_DATA_ALLOWED_ORIGINS, the same list
   * the app was built with, so what the app allows the browser allows too.
   */
  dataOrigins?: string[];
  /**
   * Raster tile templates the map may load images from (CSP `img-src`). Defaults to
   * $VITE_TILE_URL (the build-time tiles) plus $TILE_URLS (comma-separated, for `?tiles=`).
   */
  tileUrls?: string[];
  /**
   * gzip text files for clients that accept it (default true; $STATIC_GZIP=0 turns it off, e.g.
   * behind a proxy that compresses, or to compare).
   */
  gzip?: boolean;
}

/** The image origin of a tile template: `https://{s}.tile.example/{z}/{x}/{y}.png` → `https://*.tile.example`. */
export function tileOrigin(template: string): string | undefined {
  try {
    const url = new URL(template.trim().replace(/^(https?:\/\/)\{[a-z]\}\./i, '$1wildcard.'));
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.origin.replace('://wildcard.', '://*.');
  } catch {
    return undefined;
  }
}

/**
 * The CSP with an optional `frame-ancestors` list (sources only: no `;` or `,` to smuggle
 * directives) and extra `connect-src` origins (already parsed to bare http(s) origins).
 */
export function contentSecurityPolicy(
  frameAncestors?: string,
  dataOrigins: string[] = [],
  tileUrls: string[] = [],
): string {
  let csp = CONTENT_SECURITY_POLICY;
  const images = [...new Set(tileUrls.map(tileOrigin).filter((o): o is string => !!o))];
  if (images.length) csp = csp.replace("img-src 'self' data:", `img-src 'self' data: ${images.join(' ')}`);
  const origins = parseAllowlist(dataOrigins.join(','));
  if (origins.length) csp = csp.replace("connect-src 'self'", `connect-src 'self' ${origins.join(' ')}`);
  const sources = frameAncestors?.trim();
  if (!sources) return csp;
  if (/[;,\r\n]/.test(sources))
    throw new Error(`FRAME_ANCESTORS must be a space-separated source list: ${sources}`);
  return `${csp}; frame-ancestors ${sources}`;
}

export interface RunningServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  let csp: string;
  try {
    csp = contentSecurityPolicy(
      options.frameAncestors ?? process.env.FRAME_ANCESTORS,
      options.dataOrigins ?? parseAllowlist(process.env.VITE_DATA_ALLOWED_ORIGINS),
      options.tileUrls ??
        [process.env.VITE_TILE_URL, ...(process.env.TILE_URLS ?? '').split(',')].filter(
          (u): u is string => !!u?.trim(),
        ),
    );
  } catch (err) {
    return Promise.reject(err);
  }
  if (!existsSync(root)) return Promise.reject(new Error(`${options.root}/ does not exist.`));
  const gzipCache = new GzipCache();
  const gzipOn = options.gzip ?? process.env.STATIC_GZIP !== '0';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
      ...options.headers,
    };
    if (options.csp !== false) headers['content-security-policy'] = csp;
    const stat = statSync(file);
    let gzip: ReturnType<GzipCache['body']>;
    if (isCompressible(headers['content-type'])) {
      headers.vary = 'Accept-Encoding';
      if (gzipOn && acceptsGzip(req.headers['accept-encoding'])) gzip = gzipCache.body(file, stat);
    }
    const send = (body: string | Buffer, size: number) => {
      res.writeHead(200, { ...headers, 'content-length': String(size) });
      if (req.method === 'HEAD') res.end();
      else if (typeof body === 'string') createReadStream(body).pipe(res);
      else res.end(body);
    };
    if (!gzip) send(file, stat.size);
    else {
      headers['content-encoding'] = 'gzip';
      if ('path' in gzip) send(gzip.path, gzip.size);
      else
        gzip.then(
          (body) => send(body, body.length),
          () => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Server error'),
        );
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({
        server,
        port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
