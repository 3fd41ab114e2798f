import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * BASE_PATH lets a newsroom host the built app under a sub-path,
 * e.g. BASE_PATH=/interactives/japan-germany/ npm run build.
 */
const base = process.env.BASE_PATH ?? './';

export default defineConfig({
  base,
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the build targets but Safari 16 has modulepreload; there the chunks still
    // load, only without the early fetch. The polyfill was 0.2 KiB of every page's script.
    modulePreload: { polyfill: false },
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
            // Small modules nearly every page loads (the data vocabulary, calendar dates, d3-array,
            // the panels' shared props): one chunk instead of four, each with its own gzip stream
            // and import/export lines (0.3 KiB less for the timeline embed).
            {
              name: 'shared',
              test: /([\\/]src[\\/](data[\\/]vocabulary|lib[\\/]calendar-date|explorer[\\/]feature-props)\.ts$)|([\\/]node_modules[\\/]d3-array[\\/])/,
              priority: 1,
            },
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
    // Vitest's default is cores − 1: a single worker on a 2-core CI runner (87 s there; 54 s with 2).
    maxWorkers: 2,
    testTimeout: 30_000,
    // Suites that load the gazetteer in a hook need more than the default 10 s on a busy 2-core machine.
    hookTimeout: 120_000,
  },
});
