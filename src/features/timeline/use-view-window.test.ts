// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startOf } from '../../lib/calendar-date';
import { SETTLE_MS, useViewWindow } from './use-view-window';
import type { ViewWindow } from './view-window';

const day = (s: string) => +startOf(s);
const fit: ViewWindow = [day('2022-01-01'), day('2023-06-01')];

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function setup(range?: [string, string]) {
  const onRangeChange = vi.fn();
  const hook = renderHook(
    (props: { range?: [string, string] }) => useViewWindow({ ...props, fit, onRangeChange }),
    {
      initialProps: { range },
    },
  );
  return { hook, onRangeChange };
}

describe('useViewWindow', () => {
  it('fits the events without a range, and shows the range when given', () => {
    expect(setup().hook.result.current.view).toEqual(fit);
    expect(setup(['2023-03-01', '2023-03-31']).hook.result.current.view).toEqual([
      day('2023-03-01'),
      day('2023-04-01'),
    ]);
  });

  it('follows the reader at once but reports the range only after zooming settles', () => {
    const { hook, onRangeChange } = setup();
    const zoomed: ViewWindow = [day('2023-03-01') + 3_600_000, day('2023-04-01') - 3_600_000];
    act(() => hook.result.current.setUserView([day('2023-02-01'), day('2023-05-01')]));
    act(() => hook.result.current.setUserView(zoomed));
    expect(hook.result.current.view).toEqual(zoomed);
    expect(onRangeChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    expect(onRangeChange).toHaveBeenCalledWith(['2023-03-01', '2023-03-31']);

    // The URL catches up; the exact (unrounded) window stays on screen.
    hook.rerender({ range: ['2023-03-01', '2023-03-31'] });
    expect(hook.result.current.view).toEqual(zoomed);
  });

  it('lets a range from outside (back button, another panel) win over the local window', () => {
    const { hook } = setup(['2023-03-01', '2023-03-31']);
    act(() => hook.result.current.setUserView([day('2023-03-10'), day('2023-03-20')]));
    hook.rerender({ range: ['2022-05-01', '2022-05-31'] });
    expect(hook.result.current.view).toEqual([day('2022-05-01'), day('2022-06-01')]);
  });

  it('Fit drops the range and cancels a pending report', () => {
    const { hook, onRangeChange } = setup(['2023-03-01', '2023-03-31']);
    act(() => hook.result.current.setUserView([day('2023-03-10'), day('2023-03-20')]));
    act(() => hook.result.current.fitView());
    act(() => vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    expect(onRangeChange).toHaveBeenCalledWith(undefined);
    hook.rerender({ range: undefined });
    expect(hook.result.current.view).toEqual(fit);
  });

  it('does not report a window that rounds to the range already in the URL', () => {
    const { hook, onRangeChange } = setup(['2023-03-01', '2023-03-31']);
    act(() => hook.result.current.setUserView([day('2023-03-01') + 60_000, day('2023-04-01') - 60_000]));
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(onRangeChange).not.toHaveBeenCalled();
  });
});
