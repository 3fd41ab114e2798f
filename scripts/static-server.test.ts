import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip } from './compressed';
import { contentSecurityPolicy, startStaticServer, tileOrigin, type RunningServer } from './static-server';

/** A raw GET: `fetch` would normalise `/../` away before the server ever saw it. */
function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const connectSrc = (csp: unknown) =>
  String(csp)
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('connect-src'));

describe('static server', () => {
  // The served root sits inside a folder that holds a secret: traversal must never reach it.
  const base = mkdtempSync(join(tmpdir(), 'static-server-'));
  const root = join(base, 'dist');
  const SECRET = 'do-not-serve-this-secret';
  const BIG = JSON.stringify({
    events: Array.from({ length: 400 }, (_, i) => ({ id: `e${i}`, title: 'Talks' })),
  });
  /** What the precompressed copies hold, so a test can tell them from a compression of the file. */
  const PRE_MARKER = '{"precompressed":true}';
  let running: RunningServer | undefined;
  const saved = process.env.VITE_DATA_ALLOWED_ORIGINS;

  beforeAll(() => {
    mkdirSync(join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'data', 'dataset.json'), '{"ok":true}');
    writeFileSync(join(base, 'package.json'), JSON.stringify({ name: SECRET }));
    writeFileSync(join(root, 'data', 'big.json'), BIG);
    writeFileSync(join(root, 'data', 'pre.json'), BIG);
    writeFileSync(join(root, 'data', 'pre.json.gz'), gzipSync(PRE_MARKER));
    writeFileSync(join(root, 'data', 'stale.json'), BIG);
    writeFileSync(join(root, 'data', 'stale.json.gz'), gzipSync(PRE_MARKER));
    // The .gz is older than its file: it must not be sent.
    utimesSync(join(root, 'data', 'stale.json.gz'), new Date(2020, 0, 1), new Date(2020, 0, 1));
  });
  afterEach(async () => {
    await running?.close();
    running = undefined;
    if (saved === undefined) delete process.env.VITE_DATA_ALLOWED_ORIGINS;
    else process.env.VITE_DATA_ALLOWED_ORIGINS = saved;
  });

  const start = async () => {
    running = await startStaticServer({ root, port: 0 });
    expect(running.port).toBeGreaterThan(0);
    return running.port;
  };

  it('allows only its own origin in connect-src without VITE_DATA_ALLOWED_ORIGINS', async () => {
    delete process.env.VITE_DATA_ALLOWED_ORIGINS;
    const port = await start();
    const res = await get(port, '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>app</title>');
    expect(connectSrc(res.headers['content-security-policy'])).toBe("connect-src 'self'");
  });

  it('adds the build-time data allowlist to connect-src, as origins only', async () => {
    process.env.VITE_DATA_ALLOWED_ORIGINS =
      ' https://data.example.org/some/path?q=1 , ftp://files.example.com,not a url,https://cdn.example.net:8443,https://data.example.org';
    const port = await start();
    const res = await get(port, '/data/dataset.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const csp = String(res.headers['content-security-policy']);
    expect(connectSrc(csp)).toBe("connect-src 'self' https://data.example.org https://cdn.example.net:8443");
    // The rest of the policy is untouched.
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
  });

  it('cannot be made to inject directives through the allowlist', () => {
    const csp = contentSecurityPolicy(undefined, [
      "https://a.example; script-src 'unsafe-eval'",
      'https://b.example/;script-src:*',
    ]);
    expect(csp.match(/script-src/g)).toHaveLength(1);
    expect(csp).not.toContain('unsafe-eval');
    expect(connectSrc(csp)).toBe("connect-src 'self' https://b.example");
  });

  it('sends gzip to a client that accepts it, compressed once and the same bytes as the file', async () => {
    const port = await start();
    const res = await get(port, '/data/big.json', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(Number(res.headers['content-length'])).toBe(res.bytes.length);
    expect(res.bytes.length).toBeLessThan(BIG.length / 4);
    expect(gunzipSync(res.bytes).toString('utf8')).toBe(BIG);
    const again = await get(port, '/data/big.json', { 'accept-encoding': 'gzip' });
    expect(again.bytes.equals(res.bytes)).toBe(true);
  });

  it('sends the file as it is to a client that does not accept gzip', async () => {
    const port = await start();
    for (const accept of [undefined, 'identity', 'gzip;q=0, br']) {
      const res = await get(port, '/data/big.json', accept ? { 'accept-encoding': accept } : {});
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body).toBe(BIG);
      expect(res.headers.vary).toBe('Accept-Encoding');
    }
  });

  it('can be told not to compress', async () => {
    running = await startStaticServer({ root, port: 0, gzip: false });
    const res = await get(running.port, '/data/big.json', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(BIG);
  });

  it('sends a precompressed .gz beside the file when it is up to date', async () => {
    const port = await start();
    const pre = await get(port, '/data/pre.json', { 'accept-encoding': 'gzip' });
    expect(pre.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(pre.bytes).toString('utf8')).toBe(PRE_MARKER);
    const stale = await get(port, '/data/stale.json', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(stale.bytes).toString('utf8')).toBe(BIG);
  });

  it('leaves small files uncompressed', async () => {
    const port = await start();
    const res = await get(port, '/data/dataset.json', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe('{"ok":true}');
  });

  it('answers 404 for a missing file', async () => {
    const port = await start();
    const res = await get(port, '/data/missing.json');
    expect(res.status).toBe(404);
    expect(res.body).toBe('Not found');
  });

  for (const path of [
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/data/..%2f..%2fpackage.json',
  ])
    it(`never serves a file outside its root: ${path}`, async () => {
      const port = await start();
      const res = await get(port, path);
      expect([403, 404]).toContain(res.status);
      expect(res.body).not.toContain(SECRET);
    });
});

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as browsers and tools send it', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('tile servers in img-src', () => {
  it('adds the origin of each configured tile template, with {s} subdomains as a wildcard', () => {
    expect(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(tileOrigin('https://tiles.example/{z}/{x}/{y}.png')).toBe('https://tiles.example');
    expect(tileOrigin('javascript:alert(1)')).toBeUndefined();
    const csp = contentSecurityPolicy(undefined, [], ['https://tiles.example/{z}/{x}/{y}.png', 'nonsense']);
    expect(csp).toContain("img-src 'self' data: https://tiles.example;");
    expect(contentSecurityPolicy()).toContain("img-src 'self' data:;");
  });
});
