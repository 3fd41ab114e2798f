import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * BASE_PATH lets a newsroom host the built app under a sub-path,
 * e.g. BASE_PATH=/interactives/japan-germany/ npm run build.
 */
const base = process.env.BASE_PATH ?? './';

const EARLY_SCRIPT = 'src/app/early-dataset-entry.ts';

/**
 * The dashboard's first script: src/app/early-dataset-entry.ts, built as a file of its own (it
 * imports nothing of the app's) and put in index.html's head before the app's script, so the dataset request starts
 * as soon as the page is parsed rather than after the whole bundle has loaded and run. Not in
 * embed.html (its panels fetch for themselves). On the dev server the app fetches as before.
 */
function earlyDatasetScript(): Plugin {
  let ref: string | undefined;
  return {
    name: 'early-dataset-script',
    apply: 'build',
    buildStart() {
      if (this.meta.watchMode) return;
      ref = this.emitFile({ type: 'chunk', id: EARLY_SCRIPT, name: 'early-dataset' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ref || !ctx.bundle || !ctx.filename.endsWith('index.html')) return;
        const chunk = Object.values(ctx.bundle).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(EARLY_SCRIPT),
        );
        if (!chunk) throw new Error(`${EARLY_SCRIPT} was not emitted`);
        if (chunk.type === 'chunk' && chunk.imports.length)
          throw new Error(`${EARLY_SCRIPT} must import nothing, so it runs without waiting for the app`);
        // index.html sits at the root of the build: a relative base is the build folder itself.
        const src = (base.startsWith('/') || /^https?:/.test(base) ? base : './') + chunk.fileName;
        return [{ tag: 'script', attrs: { type: 'module', async: true, src }, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  base,
  plugins: [react(), earlyDatasetScript()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: {
        main: 'index.html',
        // One panel per page for newsroom iframes (src/embed); its panels are lazy chunks.
        embed: 'embed.html',
      },
      output: {
        codeSplitting: {
          groups: [
            // React is what every page needs and what changes least: one chunk, cached across
            // the dashboard and every embed on a newsroom's page.
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            // TanStack Query: the dashboard and the map panels only (embeds fetch without it), in
            // one chunk rather than split by which of its modules each of them imports.
            { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: Number(process.env.PORT ?? 4173) },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Suites that load the gazetteer in a hook need more than the default 10 s on a busy 2-core machine.
    hookTimeout: 120_000,
  },
});
