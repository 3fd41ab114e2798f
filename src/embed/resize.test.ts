import { describe, expect, it } from 'vitest';
import { createHeightReporter } from './resize';

function setup(childId?: string) {
  let height = 300.2;
  const posted: unknown[] = [];
  const reporter = createHeightReporter({ childId, measure: () => height, post: (m) => posted.push(m) });
  return {
    reporter,
    posted,
    setHeight: (h: number) => {
      height = h;
    },
  };
}

describe('height reporter', () => {
  it('sends the height in both dialects, rounded up', () => {
    const { reporter, posted } = setup('pym-1');
    expect(reporter.report()).toBe(301);
    expect(posted).toEqual([
      'pymxPYMxpym-1xPYMxheightxPYMx301',
      { type: 'news-embed:height', id: 'pym-1', height: 301 },
    ]);
  });

  it('sends only our message without a childId', () => {
    const { reporter, posted } = setup();
    reporter.report();
    expect(posted).toEqual([{ type: 'news-embed:height', id: '', height: 301 }]);
  });

  it('sends changes both ways and never repeats a height', () => {
    const { reporter, posted, setHeight } = setup();
    reporter.report();
    reporter.report();
    setHeight(500);
    reporter.report();
    setHeight(180);
    reporter.report();
    reporter.report();
    expect(posted.map((m) => (m as { height: number }).height)).toEqual([301, 500, 180]);
  });

  it('never asks for a 0 px iframe (nothing rendered yet)', () => {
    const { reporter, posted, setHeight } = setup();
    setHeight(0);
    expect(reporter.report()).toBeUndefined();
    expect(reporter.report(true)).toBeUndefined();
    expect(posted).toEqual([]);
  });

  it('answers a pym.js width message for its own id with the height, even unchanged', () => {
    const { reporter, posted } = setup('c1');
    reporter.report();
    reporter.onParentMessage('pymxPYMxc2xPYMxwidthxPYMx600');
    reporter.onParentMessage({ type: 'width' });
    expect(posted).toHaveLength(2);
    reporter.onParentMessage('pymxPYMxc1xPYMxwidthxPYMx600');
    expect(posted.slice(2)).toEqual([
      'pymxPYMxc1xPYMxheightxPYMx301',
      { type: 'news-embed:height', id: 'c1', height: 301 },
    ]);
  });
});
