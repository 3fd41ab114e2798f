// @vitest-environment jsdom
/**
 * The built-in dataset is drawn before its cross-references are checked (at 100,000 events the
 * checks take tens of milliseconds); a dataset that fails them must then give way to the error
 * panel with "Try again", never stay on screen.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../features/details/fixture.test-data';
import { useDatasetSource } from './use-dataset-source';

function Probe() {
  const { query } = useDatasetSource();
  if (query.data) return <p>{`events: ${query.data.events.length}`}</p>;
  if (query.isError)
    return (
      <div role="alert">
        <p>{String((query.error as Error).message)}</p>
        <p>{String((query.error as { detail?: string }).detail)}</p>
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  return <p>loading</p>;
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

function start(...bodies: unknown[]) {
  const fetchMock = vi.fn();
  for (const body of bodies) fetchMock.mockResolvedValueOnce(json(body));
  vi.stubGlobal('fetch', fetchMock);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <Probe />
    </QueryClientProvider>,
  );
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const broken = () => ({
  ...structuredClone(fixtureDataset),
  events: fixtureDataset.events.map((e, i) => (i === 0 ? { ...e, place: 'atlantis' } : e)),
});

describe('useDatasetSource: cross-references checked after the first draw', () => {
  it('keeps a sound dataset on screen once the checks have run', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    start(fixtureDataset);
    await act(async () => vi.advanceTimersByTimeAsync(10));
    expect(screen.getByText(`events: ${fixtureDataset.events.length}`)).toBeTruthy();
    await act(async () => vi.advanceTimersByTimeAsync(500));
    expect(screen.getByText(`events: ${fixtureDataset.events.length}`)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('draws first, then replaces a dataset with a dangling reference by the error panel; "Try again" refetches', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetchMock = start(broken(), fixtureDataset);
    await act(async () => vi.advanceTimersByTimeAsync(10));
    // Drawn before the checks ran…
    expect(screen.getByText(`events: ${fixtureDataset.events.length}`)).toBeTruthy();
    await act(async () => vi.advanceTimersByTimeAsync(500));
    // …then held back: the error names the problem.
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('does not match the data format');
    expect(alert.textContent).toContain('events.0.place: unknown place "atlantis"');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await act(async () => vi.advanceTimersByTimeAsync(500));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(screen.getByText(`events: ${fixtureDataset.events.length}`)).toBeTruthy();
  });
});
