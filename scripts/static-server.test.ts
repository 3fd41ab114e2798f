import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, startStaticServer, tileOrigin, type RunningServer } from './static-server';

/** A raw GET: `fetch` would normalise `/../` away before the server ever saw it. */
function get(
  port: number,
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
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
  let running: RunningServer | undefined;
  const saved = process.env.VITE_DATA_ALLOWED_ORIGINS;

  beforeAll(() => {
    mkdirSync(join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'data', 'dataset.json'), '{"ok":true}');
    writeFileSync(join(base, 'package.json'), JSON.stringify({ name: SECRET }));
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
