import { defineConfig } from 'vite';

/**
 * Builds embed.js, the parent script newsroom pages include with a plain
 * <script src>: one classic IIFE file with a fixed name, no dependencies, next
 * to index.html. Runs after the app build (which empties the folder), so it
 * never empties the output folder itself:
 *   vite build && vite build --config vite.embed-parent.config.ts
 * Vite prints its size and gzip size; e2e/embed.spec.ts holds it under a budget.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2018',
    minify: true,
    sourcemap: false,
    reportCompressedSize: true,
    lib: {
      entry: 'src/embed/parent/embed-parent.ts',
      name: 'NewsEmbed',
      formats: ['iife'],
      fileName: () => 'embed.js',
    },
  },
});
