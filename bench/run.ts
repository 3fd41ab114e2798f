/**
 * npm run bench [-- --quick] [-- --dist DIR] [-- --skip-pipeline] [-- --skip-browser]
 *
 * Builds the app from the current source into a temporary folder (never
 * dist/: `vite build --outDir`; the seeds dataset is not needed, each size's
 * synthetic dataset replaces data/dataset.json), serves it with the production
 * static server (CSP on, gzip, as npm start serves), measures it in headless Chromium at
 * 1,000 / 10,000 / 100,000 events, runs the pipeline benchmark, then writes
 * bench/results/latest.json and the results section of BENCHMARKS.md.
 * --quick: one run at 1,000 and 10,000 events, 6 toggles, 100 articles; writes
 * bench/results/quick.json only. Takes about 1 minute; the full run about 3.5.
 * --sizes, --runs, --skip-pipeline, --skip-browser make a partial run: it also writes
 * quick.json only, so a comparison never replaces the report of a full run.
 * --profile: also CPU-profiles one run per size on an unminified build and the
 * pipeline (results.profiles): where the time goes, by function and file.
 * --trace-cpu all|off: a Chrome trace of every browser run (default) gives the renderer main
 * thread's CPU time beside each wall-clock figure (bench/trace-cpu.ts); off leaves it out.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { startStaticServer, type RunningServer } from '../scripts/static-server';
import { runOnce, type RunResult } from './browser-bench';
import { embedEntries, measureEntry } from './bundle-size';
import { writeBenchDataset } from './generate';
import { generateDataset } from './generate-dataset';
import { loadedAssets } from './loaded-scripts';
import { describeMachine } from './machine';
import { benchPipeline } from './pipeline-bench';
import { evaluateFigures, summarizeBrowser, type Results } from './results';
import { updateBenchmarksMd } from './report';
import { loadTaxonomy } from './taxonomy';
import { makeTempDir, removeTempDir } from './temp';
import type { Topic } from '../src/data/schema';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    dist: { type: 'string' },
    'skip-pipeline': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    port: { type: 'string', default: '4351' },
    profile: { type: 'boolean', default: false },
    'trace-cpu': { type: 'string', default: 'all' },
    out: { type: 'string' },
  },
});
const quick = args.quick!;
if (!['all', 'off'].includes(args['trace-cpu']!))
  throw new Error(`--trace-cpu takes all or off, not ${args['trace-cpu']}`);
// Only a complete run (every size, 5 runs, browser and pipeline) replaces the committed report.
const partial = !quick && (!!args.sizes || !!args.runs || args['skip-pipeline']! || args['skip-browser']!);
const runs = Number(args.runs ?? (quick ? 1 : 5));
const sizes = (args.sizes ?? (quick ? '1000,10000' : '1000,10000,100000')).split(',').map(Number);
const toggles = quick ? 6 : 20;
/**
 * Time for all runs at 100,000 events (a run that starts inside it finishes): a slow app gets fewer
 * runs there rather than a benchmark past 10 minutes. Smaller sizes always get every run.
 */
const budgetMs = (n: number) => (n < 100_000 ? Infinity : quick ? 60_000 : 200_000);
const started = performance.now();
const log = (s: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${s}`);

function build(minify = true): { dir: string; ms: number } {
  if (args.dist && minify) return { dir: resolve(args.dist), ms: 0 };
  const dir = makeTempDir('bench-build-');
  const t0 = performance.now();
  const vite = [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dir, '--emptyOutDir'];
  const r = spawnSync(
    process.execPath,
    [...vite, '--logLevel', 'warn', ...(minify ? [] : ['--minify', 'false'])],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error('vite build failed');
  return { dir, ms: performance.now() - t0 };
}

async function serve(root: string): Promise<RunningServer> {
  for (let port = Number(args.port); port < Number(args.port) + 20; port++) {
    try {
      return await startStaticServer({ root, port });
    } catch {
      // port taken: try the next one
    }
  }
  throw new Error('no free port for the benchmark server');
}

function gitState(): { commit: string; dirtySourceFiles: number } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', 'src', 'index.html', 'embed.html'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return { commit, dirtySourceFiles: dirty.split('\n').filter(Boolean).length };
  } catch {
    return { commit: 'unknown', dirtySourceFiles: 0 };
  }
}

/** --profile: one CPU-profiled run per size against an unminified build, so function names are readable. */
async function profileBrowser(topics: Topic[], topicLabel: string): Promise<Results['profiles']> {
  const b = build(false);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const server = await serve(b.dir);
  const out: NonNullable<Results['profiles']> = {};
  try {
    for (const n of sizes) {
      mkdirSync(join(b.dir, 'data'), { recursive: true });
      writeBenchDataset(b.dir, generateDataset({ events: n, seed: 1, topics }));
      const url = `http://127.0.0.1:${server.port}/`;
      const map = n === Math.max(...sizes);
      const r = await runOnce(browser, {
        url,
        loadTimeoutMs: 120_000,
        toggles: 10,
        topicLabel,
        zoom: true,
        map,
        profile: true,
      });
      for (const [phase, summary] of Object.entries(r.profiles ?? {})) out[`browser-${n}-${phase}`] = summary;
      log(`profiled ${n} events (unminified build)`);
    }
  } finally {
    await server.close();
    await browser.close();
    removeTempDir(b.dir);
  }
  return out;
}

async function main(): Promise<void> {
  const taxonomy = loadTaxonomy(join(ROOT, 'editorial/topics.yaml'));
  const topicLabel = taxonomy.topics.find((t) => t.id === 'indo-pacific')?.label ?? taxonomy.topics[0].label;
  const executablePath = findChromium();
  const results: Results = {
    generatedAt: new Date().toISOString(),
    mode: quick ? 'quick' : partial ? 'partial' : 'full',
    git: gitState(),
    machine: describeMachine(),
    config: {
      sizes,
      runs,
      toggles,
      seed: 1,
      taxonomy: taxonomy.from.replace(ROOT + '/', ''),
      topicToggled: topicLabel,
      viewport: '1440x900',
    },
    browser: {},
    figures: [],
  };
  log(
    `machine: ${results.machine.cpu}, ${results.machine.cores} cores, load average ${results.machine.loadAverage}`,
  );
  const b = build();
  results.build = { ms: Math.round(b.ms), dir: args.dist ? b.dir : '(temporary)' };
  log(`built in ${(b.ms / 1000).toFixed(1)} s → ${b.dir}`);
  const embeds = embedEntries(b.dir);
  results.bundle = {
    dashboard: measureEntry(b.dir, 'index.html'),
    embeds: embeds.map((e) => measureEntry(b.dir, e)),
    loaded: [],
  };

  if (!args['skip-browser']) {
    if (!executablePath) throw new Error('no Chromium found (set PLAYWRIGHT_CHROMIUM_EXECUTABLE)');
    const browser = await chromium.launch({
      executablePath,
      args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    });
    results.machine.chromium = browser.version();
    const server = await serve(b.dir);
    const origin = `http://127.0.0.1:${server.port}`;
    mkdirSync(join(b.dir, 'data'), { recursive: true });
    try {
      for (const n of sizes) {
        const data = generateDataset({ events: n, seed: 1, topics: taxonomy.topics });
        writeBenchDataset(b.dir, data);
        const raw: RunResult[] = [];
        const sizeStart = performance.now();
        for (let r = 0; r < runs; r++) {
          // Keeps `npm run bench` under 10 minutes when the app is slow: fewer runs, reported as such.
          if (r > 0 && performance.now() - sizeStart > budgetMs(n)) {
            log(`${n} events: time budget (${budgetMs(n) / 1000} s) spent after ${r} runs`);
            break;
          }
          const result = await runOnce(browser, {
            url: `${origin}/`,
            loadTimeoutMs: n >= 100_000 ? 120_000 : 60_000,
            toggles,
            topicLabel,
            zoom: true,
            map: n === Math.max(...sizes),
            traceCpu: args['trace-cpu'] === 'all',
          });
          const l = result.load;
          log(
            `${n} events run ${r + 1}: ${l.drawn ? `drawn ${l.fromNavigation?.toFixed(0)} ms after navigation${l.cpuFromNavigation !== undefined ? ` (main-thread CPU ${l.cpuFromNavigation.toFixed(0)} ms)` : ''}, ${l.afterData?.toFixed(0)} ms after data` : `NOT drawn (${JSON.stringify(l.parts)})`}${result.filter?.control ? `; slowest toggle ${Math.max(...result.filter.settled).toFixed(0)} ms` : ''}${result.zoom?.cpuTotal !== undefined ? `; zoom gesture CPU ${result.zoom.cpuTotal.toFixed(0)} ms` : ''}${result.traceReadMs !== undefined ? `; trace read in ${result.traceReadMs} ms` : ''}`,
          );
          raw.push(result);
        }
        results.browser[n] = summarizeBrowser(raw);
        if (n === Math.min(...sizes)) {
          for (const path of [
            '/',
            ...embeds.flatMap((e) =>
              e === 'embed.html'
                ? ['timeline', 'map', 'timeline-map', 'list', 'filters', 'details'].map(
                    (p) => `/embed.html?panel=${p}`,
                  )
                : [`/${e}`],
            ),
          ])
            results.bundle.loaded.push(await loadedAssets(browser, origin, path, b.dir));
        }
      }
    } finally {
      await server.close();
      await browser.close();
    }
  }

  if (args.profile && !args['skip-browser'])
    results.profiles = await profileBrowser(taxonomy.topics, topicLabel);
  if (!args['skip-pipeline']) {
    log("pipeline: generating corpora and running npm run preprocess's command (scripts/preprocess.mjs)");
    const sizes = quick ? [100] : [100, 1000];
    results.pipeline = await benchPipeline(sizes, quick ? 1 : runs, quick ? 1 : runs, log, args.profile);
  }
  if (!args.dist) removeTempDir(b.dir);

  results.figures = evaluateFigures(results);
  results.durationSeconds = Math.round((performance.now() - started) / 1000);
  const full = results.mode === 'full';
  // --out: where a partial run writes, so comparisons running side by side keep their own results.
  const out =
    args.out && !full ? resolve(args.out) : join(ROOT, 'bench/results', full ? 'latest.json' : 'quick.json');
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 1) + '\n');
  if (full) await updateBenchmarksMd(join(ROOT, 'BENCHMARKS.md'), results);
  log(`wrote ${out}${full ? ' and BENCHMARKS.md' : ''} (${results.durationSeconds} s)`);
  for (const f of results.figures)
    console.log(`  ${f.status.padEnd(7)} ${f.label}: ${f.result}${f.goal ? ` (goal ${f.goal})` : ''}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
