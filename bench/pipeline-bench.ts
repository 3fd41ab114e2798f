/**
 * Pipeline figures: the real `npm run preprocess` command run as a child process on
 * synthetic corpora and on the seeds, timed from spawn to exit (so Node and
 * its start-up count, as they do for a user), with the child's peak memory
 * and CPU time, the whole process's and the main thread's own (the preload bench/max-rss.mjs,
 * plain JavaScript like the command).
 *
 * Each run gets its own scratch work space (symlinks to the repository's
 * files, its own `.cache/`), so throughput runs start cold and never touch
 * the repository's cache; the rebuild figure then reuses a warm work space.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summarizeProfiles, type CpuProfile, type ProfileSummary } from './cpu-profile';
import { generateCorpus, writeCorpus } from './generate-corpus';
import { makeTempDir, removeTempDir } from './temp';

export interface PipelineRun {
  articles: number;
  wallMs: number;
  articlesPerSecond: number;
  maxRSSMiB?: number;
  /** The whole process's CPU (main thread and workers). */
  cpuMs?: number;
  /** The main thread's own CPU (Linux per-thread counters, 10 ms steps). */
  mainThreadCpuMs?: number;
  ok: boolean;
  error?: string;
}

const ROOT = resolve(import.meta.dirname, '..');
const SKIP = new Set(['.cache', '.git', 'dist', 'public', 'test-results', 'playwright-report']);

/** A scratch copy of the repository made of symlinks, with its own empty .cache/ and public/. */
export function makeWorkspace(): string {
  const dir = makeTempDir('bench-pipeline-');
  for (const name of readdirSync(ROOT)) if (!SKIP.has(name)) symlinkSync(join(ROOT, name), join(dir, name));
  if (existsSync(join(ROOT, 'public')))
    cpSync(join(ROOT, 'public'), join(dir, 'public'), { recursive: true });
  return dir;
}

/**
 * The Node arguments of `npm run preprocess` (package.json), so the bench runs
 * exactly the user's command, with paths inside the work space.
 */
export function preprocessCommand(workspace: string): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [bin, ...args] = pkg.scripts.preprocess.split(/\s+/);
  if (bin !== 'node')
    throw new Error(`the preprocess script does not start with node: ${pkg.scripts.preprocess}`);
  return args.map((a) => (/^(scripts|src)\//.test(a) ? join(workspace, a) : a));
}

export function runPreprocess(
  workspace: string,
  seeds: string,
  articles: number,
  nodeArgs: string[] = [],
): Promise<PipelineRun> {
  const out = join(workspace, 'bench-out', 'dataset.json');
  mkdirSync(join(workspace, 'bench-out'), { recursive: true });
  const rssFile = join(workspace, 'bench-out', `rss-${Date.now()}.json`);
  const preload = pathToFileURL(join(ROOT, 'bench/max-rss.mjs')).href;
  const args = [
    ...nodeArgs,
    '--import',
    preload,
    ...preprocessCommand(workspace),
    '--seeds',
    seeds,
    '--out',
    out,
  ];
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      cwd: workspace,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      let usage: { maxRSSKiB: number; userMs: number; systemMs: number; mainThreadMs?: number } | undefined;
      try {
        usage = JSON.parse(readFileSync(rssFile, 'utf8'));
      } catch {
        // the child died before its exit hook ran
      }
      done({
        articles,
        wallMs,
        articlesPerSecond: (articles * 1000) / wallMs,
        maxRSSMiB: usage ? usage.maxRSSKiB / 1024 : undefined,
        cpuMs: usage ? usage.userMs + usage.systemMs : undefined,
        mainThreadCpuMs: usage?.mainThreadMs,
        ok: code === 0 && existsSync(out),
        ...(code === 0 ? {} : { error: stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 400) }),
      });
    });
  });
}

export interface PipelineFigures {
  throughput: Record<string, PipelineRun[]>;
  /** With --profile: where the CPU went in a cold 100-article run and in the one-article rebuild. */
  profiles?: Record<string, ProfileSummary & { threads: number }>;
  rebuild: { cold?: PipelineRun; unchanged: PipelineRun[]; addOne: PipelineRun[] };
  cacheDir?: string;
}

/**
 * `sizes` synthetic corpora (runs each, a different corpus seed per run so no
 * content repeats) and the seeds; then the single-article rebuild: a warm
 * work space of 1,000 articles, re-run unchanged and with one article added.
 */
export async function benchPipeline(
  sizes: number[],
  runs: number,
  rebuildRuns: number,
  log: (s: string) => void,
  profile = false,
  /** Per corpus size and for the rebuild runs; a run that starts inside it finishes. */
  budgetMs = 120_000,
): Promise<PipelineFigures> {
  const scratch = makeTempDir('bench-corpora-');
  const figures: PipelineFigures = { throughput: {}, rebuild: { unchanged: [], addOne: [] } };
  const spaces: string[] = [];
  const space = () => {
    const w = makeWorkspace();
    spaces.push(w);
    return w;
  };
  try {
    for (const n of sizes) {
      figures.throughput[n] = [];
      const t0 = performance.now();
      for (let r = 0; r < runs; r++) {
        if (r > 0 && performance.now() - t0 > budgetMs) {
          log(`pipeline ${n} articles: time budget (${budgetMs / 1000} s) spent after ${r} runs`);
          break;
        }
        const dir = join(scratch, `c${n}-${r}`);
        writeCorpus(dir, generateCorpus({ articles: n, seed: 100 + r }));
        const run = await runPreprocess(space(), dir, n);
        log(
          `pipeline ${n} articles run ${r + 1}: ${run.ok ? `${run.articlesPerSecond.toFixed(1)} articles/s` : `failed: ${run.error}`}`,
        );
        figures.throughput[n].push(run);
      }
    }
    const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => /\.(md|txt)$/.test(f)).length;
    figures.throughput.seeds = [];
    for (let r = 0; r < runs; r++) {
      const run = await runPreprocess(space(), join(ROOT, 'seeds'), seeds);
      log(
        `pipeline seeds (${seeds}) run ${r + 1}: ${run.ok ? `${run.wallMs.toFixed(0)} ms` : `failed: ${run.error}`}`,
      );
      figures.throughput.seeds.push(run);
    }
    if (rebuildRuns > 0) {
      const w = space();
      const dir = join(scratch, 'rebuild');
      const base = generateCorpus({ articles: 1000, seed: 200 });
      writeCorpus(dir, base);
      figures.rebuild.cold = await runPreprocess(w, dir, 1000);
      const t0 = performance.now();
      for (let r = 0; r < rebuildRuns; r++) {
        if (r > 0 && performance.now() - t0 > budgetMs) {
          log(`pipeline rebuild: time budget (${budgetMs / 1000} s) spent after ${r} runs`);
          break;
        }
        figures.rebuild.unchanged.push(await runPreprocess(w, dir, 1000 + r));
        // One new article each time: the corpus grows 1,001, 1,002, …
        writeCorpus(dir, generateCorpus({ articles: 1, seed: 200, offset: 1000 + r }));
        const run = await runPreprocess(w, dir, 1001 + r);
        log(
          `pipeline rebuild +1 article (run ${r + 1}): ${run.ok ? `${run.wallMs.toFixed(0)} ms` : `failed: ${run.error}`}`,
        );
        figures.rebuild.addOne.push(run);
      }
      if (profile) {
        const profiled = async (name: string, workspace: string, corpus: string, n: number) => {
          const dir = join(workspace, 'bench-out', `prof-${name}`);
          await runPreprocess(workspace, corpus, n, ['--cpu-prof', '--cpu-prof-dir', dir]);
          // Node writes one profile per thread: the main thread and each worker.
          const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
          const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile;
          if (files.length)
            (figures.profiles ??= {})[name] = {
              threads: files.length,
              ...summarizeProfiles(files.map(read), 20),
            };
        };
        writeCorpus(dir, generateCorpus({ articles: 1, seed: 200, offset: 1000 + rebuildRuns }));
        await profiled('rebuild-add-one', w, dir, 1001 + rebuildRuns);
        const cold = join(scratch, 'prof-cold');
        writeCorpus(cold, generateCorpus({ articles: 100, seed: 300 }));
        await profiled('cold-100', space(), cold, 100);
        log('pipeline: CPU profiles recorded');
      }
      const cache = join(w, '.cache');
      figures.cacheDir = existsSync(cache) ? readdirSync(cache).join(', ') || '(empty)' : undefined;
    }
  } finally {
    removeTempDir(scratch);
    for (const w of spaces) removeTempDir(w);
  }
  return figures;
}
