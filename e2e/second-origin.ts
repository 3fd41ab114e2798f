/**
 * A second origin for the embed tests: a newsroom server on another port that
 * serves the example article (public/examples/newsroom.html, from the build)
 * pointing at the app's embed.js, plus small generated pages: a list embed, a
 * pym.js parent (the real pym.js package), linked panels, and a page that
 * forges height messages. It sends a strict newsroom CSP (no inline script or
 * style; scripts and frames only from itself and the app), so everything the
 * embeds need must work under it.
 *
 * Port: E2E_SECOND_PORT, else one the OS picks (tests run in parallel workers).
 * The same server is also reachable as 127.0.0.1 (`altOrigin`): a third origin.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../scripts/static-server';

export interface SecondOrigin {
  /** http://localhost:PORT */
  origin: string;
  /** http://127.0.0.1:PORT: the same files from another origin. */
  altOrigin: string;
  url(path: string): string;
  /** Serve a page the test writes (e.g. a pasted snippet); returns its URL. */
  writePage(path: string, html: string): string;
  close(): Promise<void>;
}

const page = (title: string, body: string, scripts: string[]) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="newsroom.css" />
  </head>
  <body>
    <main><article><h1>${title}</h1>
${body}
    </article></main>
${scripts.map((src) => `    <script src="${src}"></script>`).join('\n')}
  </body>
</html>
`;

/** Posts a well-formed height message (and a pym.js one) to its parent: a forger on another origin. */
const SPOOF_JS = `const p = new URLSearchParams(location.search);
const id = p.get('id') || '';
const height = Number(p.get('height') || 5);
parent.postMessage({ type: 'news-embed:height', id: id, height: height }, '*');
parent.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx' + height, '*');
`;

export async function startSecondOrigin(
  appOrigin: string,
  dist = process.env.DIST ?? 'dist',
): Promise<SecondOrigin> {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-'));
  const article = readFileSync(join(dist, 'examples/newsroom.html'), 'utf8')
    .replace('src="../embed.js"', `src="${appOrigin}/embed.js"`)
    .replaceAll('href="../index.html"', `href="${appOrigin}/index.html"`);
  if (!article.includes(`${appOrigin}/embed.js`))
    throw new Error('newsroom.html no longer loads ../embed.js');
  writeFileSync(join(dir, 'newsroom.html'), article);
  copyFileSync(join(dist, 'examples/newsroom.css'), join(dir, 'newsroom.css'));
  copyFileSync('node_modules/pym.js/dist/pym.v1.min.js', join(dir, 'pym.v1.min.js'));
  writeFileSync(
    join(dir, 'list.html'),
    page(
      'Event list embed',
      '<div data-news-embed="embed.html?panel=list" data-title="Event list" data-height="200"></div>',
      [`${appOrigin}/embed.js`],
    ),
  );
  writeFileSync(
    join(dir, 'linked.html'),
    page(
      'Linked timeline and details',
      [
        '<div data-news-embed="embed.html?panel=timeline&amp;group=linked-test" data-title="Timeline"></div>',
        '<div data-news-embed="embed.html?panel=details&amp;group=linked-test" data-title="Event details"></div>',
      ].join('\n'),
      [`${appOrigin}/embed.js`],
    ),
  );
  writeFileSync(
    join(dir, 'pym.html'),
    page(
      'pym.js parent',
      `<div id="pym-list" data-pym-src="${appOrigin}/embed.html?panel=list" data-pym-title="Event list (pym.js)"></div>`,
      ['pym.v1.min.js'],
    ),
  );
  // Tabs: a pym.js embed that loads while its tab is hidden (display: none), shown later.
  writeFileSync(
    join(dir, 'tabs.html'),
    page(
      'Hidden tab',
      [
        '<button type="button" id="show">Show the list</button>',
        '<section id="tab" hidden>',
        `<div id="pym-hidden" data-pym-src="${appOrigin}/embed.html?panel=list" data-pym-title="Event list (hidden tab)"></div>`,
        '</section>',
      ].join('\n'),
      ['pym.v1.min.js', 'tabs.js'],
    ),
  );
  writeFileSync(
    join(dir, 'tabs.js'),
    "document.getElementById('show').addEventListener('click', () => { document.getElementById('tab').hidden = false; });\n",
  );
  writeFileSync(join(dir, 'spoof.html'), page('Forger', '<p>Forging height messages.</p>', ['spoof.js']));
  writeFileSync(join(dir, 'spoof.js'), SPOOF_JS);

  const headers: Record<string, string> = {};
  const server = await startStaticServer({
    root: dir,
    port: Number(process.env.E2E_SECOND_PORT ?? 0),
    csp: false,
    headers,
  });
  const origin = `http://localhost:${server.port}`;
  const altOrigin = `http://127.0.0.1:${server.port}`;
  // A newsroom's strict policy: the app is the only other origin it trusts, for one script and frames.
  headers['content-security-policy'] = [
    "default-src 'self'",
    `script-src 'self' ${appOrigin}`,
    `frame-src ${appOrigin} ${altOrigin}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
  return {
    origin,
    altOrigin,
    url: (path) => `${origin}/${path}`,
    writePage: (path, html) => {
      writeFileSync(join(dir, path), html);
      return `${origin}/${path}`;
    },
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
