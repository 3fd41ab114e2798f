/**
 * A Chrome trace over a page's CDP session, limited to what main-thread CPU needs:
 * top-level tasks (with their thread time) and user-timing marks. That is one small
 * event per task, so the trace itself adds little work to the page (see BENCHMARKS.md).
 */
import type { CDPSession } from 'playwright-core';
import type { TraceEvent } from './trace-cpu';

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['toplevel', 'blink.user_timing', '__metadata'],
      recordMode: 'recordAsMuchAsPossible',
    },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}
