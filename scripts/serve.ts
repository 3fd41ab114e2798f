/**
 * Serves the built app (dist/) on http://localhost:4173 (PORT overrides) with a
 * strict Content-Security-Policy, so what runs here runs on a newsroom's page.
 */
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
/** DIST serves another build folder (each engineer can build to their own). */
const root = process.env.DIST ?? 'dist';

if (!existsSync(`${root}/index.html`)) {
  console.error(`${root}/ has no build: run "npm run build" first ("npm start" does both).`);
  process.exit(1);
}

startStaticServer({ root, port, host }).then(
  (server) => {
    console.log(`News Event Explorer: http://localhost:${server.port}/`);
  },
  (err: unknown) => {
    console.error(`Could not start the server: ${String(err)}`);
    process.exit(1);
  },
);
