import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { embedEntries, measureEntry, parseEntryHtml, staticImports } from './bundle-size';

describe('parseEntryHtml', () => {
  it('finds module scripts, modulepreloads and stylesheets, not remote or classic ones', () => {
    const html = `<script type="module" crossorigin src="./assets/main-1.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-2.js">
      <link rel="stylesheet" crossorigin href="./assets/main-3.css">
      <script src="https://cdn.example/x.js" type="module"></script><link rel="icon" href="data:,">`;
    expect(parseEntryHtml(html)).toEqual({
      scripts: ['./assets/main-1.js', './assets/react-2.js'],
      styles: ['./assets/main-3.css'],
    });
  });
});

describe('staticImports', () => {
  it('follows static imports and skips dynamic ones', () => {
    const code = 'import{a as b}from"./chunk-a.js";import"./side.js";const m=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./chunk-a.js', './side.js']);
  });
});

describe('measureEntry', () => {
  it('sums gzip sizes of the entry and its static import graph', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-size-'));
    onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<script type="module" src="./assets/main.js"></script><link rel="stylesheet" href="./assets/main.css">',
    );
    writeFileSync(join(dist, 'embed.html'), '<script type="module" src="./assets/embed.js"></script>');
    writeFileSync(join(dist, 'assets/main.js'), 'import"./dep.js";import("./lazy.js");'.repeat(20));
    writeFileSync(join(dist, 'assets/dep.js'), 'export const x=1;');
    writeFileSync(join(dist, 'assets/lazy.js'), 'export const y=2;'.repeat(500));
    writeFileSync(join(dist, 'assets/main.css'), 'body{color:red}');
    writeFileSync(join(dist, 'assets/embed.js'), 'import"./dep.js";');
    const size = measureEntry(dist, 'index.html');
    expect(size.scripts.map((s) => s.file).sort()).toEqual(['assets/dep.js', 'assets/main.js']);
    expect(size.styles.map((s) => s.file)).toEqual(['assets/main.css']);
    expect(size.scriptGzip).toBe(size.scripts[0].gzip + size.scripts[1].gzip);
    expect(size.scriptGzip).toBeGreaterThan(20);
    expect(embedEntries(dist)).toEqual(['embed.html']);
  });
});
