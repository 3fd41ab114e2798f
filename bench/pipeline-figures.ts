/** The pipeline's figures (throughput per corpus size, one-article rebuild) judged against their goals. */
import type { PipelineFigures, PipelineRun } from './pipeline-bench';
import { judge, type Figure } from './figure';
import { formatSpread, spread } from './stats';

/** Process CPU (all threads) and the main thread's own, medians over the runs. */
function cpu(runs: PipelineRun[]): string {
  const all = spread(runs.map((r) => r.cpuMs ?? NaN));
  const main = spread(runs.map((r) => r.mainThreadCpuMs ?? NaN));
  return `CPU ${formatSpread(all, 'ms')}${main ? `, main thread ${formatSpread(main, 'ms')}` : ''}`;
}

export function pipelineFigures(p: PipelineFigures | undefined): Figure[] {
  if (!p) return [{ id: 'pipeline', label: 'Pipeline', result: 'not run', status: 'not measured' }];
  const out: Figure[] = [];
  const failed = (runs: PipelineRun[]) => runs.find((r) => !r.ok)?.error;
  for (const [n, runs] of Object.entries(p.throughput)) {
    const ok = runs.filter((r) => r.ok);
    const rate = spread(ok.map((r) => r.articlesPerSecond));
    out.push({
      id: `pipeline-${n}`,
      label: `Pipeline throughput, ${n === 'seeds' ? `the seeds (${runs[0]?.articles} articles)` : `${n} synthetic articles`} (process start → dataset written)`,
      ...(n === '1000' ? { goal: '≥ 100 articles/s' } : {}),
      result:
        n === 'seeds'
          ? formatSpread(spread(ok.map((r) => r.wallMs)), 'ms')
          : formatSpread(rate, 'articles/s', 1),
      status: n === '1000' ? judge(rate?.median, 100, false) : ok.length ? 'info' : 'not measured',
      why:
        failed(runs) ??
        `peak RSS ${formatSpread(spread(ok.map((r) => r.maxRSSMiB ?? NaN)), 'MiB')}; ${cpu(ok)}`,
    });
  }
  const add = p.rebuild.addOne.filter((r) => r.ok);
  out.push({
    id: 'pipeline-rebuild',
    label: 'Pipeline rebuild after adding one article to 1,000',
    goal: '≤ 1,000 ms',
    result: formatSpread(spread(add.map((r) => r.wallMs)), 'ms'),
    status: judge(spread(add.map((r) => r.wallMs))?.median, 1000),
    why:
      failed(p.rebuild.addOne) ??
      `${cpu(add)}; cold build of the 1,000 ${p.rebuild.cold ? `${p.rebuild.cold.wallMs.toFixed(0)} ms` : 'n/a'}; unchanged re-run ${formatSpread(spread(p.rebuild.unchanged.filter((r) => r.ok).map((r) => r.wallMs)), 'ms')}; cache folder in the work space: ${p.cacheDir ?? 'none'}`,
  });
  return out;
}
