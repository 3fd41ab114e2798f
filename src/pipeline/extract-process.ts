/**
 * Extraction in a child process started from the extraction snapshot
 * (extract-snapshot.ts, built by bundle.mjs beside the bundle): it starts with
 * the NLP packages already loaded, so a rebuild that adds a few articles to a
 * large cached corpus waits ~0.1 s for it instead of ~0.5 s for a worker
 * thread to load them. Only when running from the bundle and the snapshot was
 * built; otherwise the caller uses worker threads (parallel.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleExtraction } from './extract-article';
import type { WorkerPool } from './parallel';

/** The snapshot beside this module (in the bundle's folder), if there is one. */
export function snapshotBlob(): string | undefined {
  const url = new URL('./extract.blob', import.meta.url);
  if (url.protocol !== 'file:') return undefined;
  const file = fileURLToPath(url);
  return existsSync(file) ? file : undefined;
}

/**
 * The environment without NODE_OPTIONS, for building and for starting the snapshot: V8
 * refuses a snapshot made under other V8 options, and the caller's preloads are not the
 * extraction's business.
 */
export function snapshotEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return env;
}

/** The `--cpu-prof…` options among `args` ("--cpu-prof-dir DIR" or "--cpu-prof-dir=DIR"). */
export function profileArgs(args: string[]): string[] {
  const out: string[] = [];
  args.forEach((a, i) => {
    if (!a.startsWith('--cpu-prof')) return;
    out.push(a);
    if (a !== '--cpu-prof' && !a.includes('=') && i + 1 < args.length) out.push(args[i + 1]);
  });
  return out;
}

/** Starts the process at once (it boots while the caller reads its inputs); `run` sends the work. */
export function startSnapshotProcess(blob: string): WorkerPool {
  // Packages resolve from the bundle's folder, as its own modules' do.
  // A CPU profile of this process (the benchmark's --profile) covers the extraction too.
  const profile = profileArgs(process.execArgv);
  const child = spawn(process.execPath, [...profile, '--snapshot-blob', blob, import.meta.url], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: snapshotEnv(),
  });
  const stdout: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => stdout.push(d));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, error }));
    child.on('close', (code) => resolve({ code }));
  });
  // A process that died before reading its input must not fail the write with an unhandled error.
  child.stdin.on('error', () => undefined);

  return {
    async run(editorial, articles, onDone) {
      // One line, written at once (a pipe takes 64 KiB without waiting): the process starts
      // on the newline while this thread goes on merging the cached articles.
      child.stdin.end(`${JSON.stringify({ editorial, articles })}\n`);
      const { code, error } = await exited;
      const lines = Buffer.concat(stdout).toString('utf8').split('\n').filter(Boolean);
      const parsed = lines.map((l) => JSON.parse(l) as ArticleExtraction | { error: string });
      const failed = parsed.find((x): x is { error: string } => 'error' in x);
      if (error || code !== 0 || failed || parsed.length !== articles.length)
        throw new Error(
          `the extraction process failed (${failed?.error ?? error?.message ?? (stderr.trim() || `exit code ${code}`)})`,
        );
      (parsed as ArticleExtraction[]).forEach((x, i) => onDone(i, x));
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exited;
    },
  };
}
