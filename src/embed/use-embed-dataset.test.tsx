// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../data/vocabulary';
import { useEmbedDataset } from './use-embed-dataset';

const EMPTY = { schemaVersion: SCHEMA_VERSION, sources: [], places: [], people: [], topics: [], events: [] };

function Probe({ url }: { url: string }) {
  const q = useEmbedDataset(url);
  if (q.isPending) return <p>loading</p>;
  if (!q.data)
    return (
      <button type="button" onClick={q.retry}>
        {`error: ${(q.error as Error).message}`}
      </button>
    );
  return <p>{`events: ${q.data.events.length}`}</p>;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useEmbedDataset', () => {
  it('fetches once under StrictMode and gives the validated dataset', async () => {
    const fetchMock = vi.fn(async () => json(EMPTY));
    vi.stubGlobal('fetch', fetchMock);
    render(
      <StrictMode>
        <Probe url="/once.json" />
      </StrictMode>,
    );
    expect(await screen.findByText('events: 0')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('shows the validation error, keeps it while retrying, then shows the data', async () => {
    let release: (r: Response) => void = () => undefined;
    const fetchMock = vi
      .fn<() => Promise<Response>>()
      .mockResolvedValueOnce(json({ schemaVersion: SCHEMA_VERSION, sources: 'nope' }))
      .mockImplementationOnce(() => new Promise((resolve) => (release = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    render(<Probe url="/retry.json" />);
    const button = await screen.findByRole('button', { name: /does not match the data format/ });
    act(() => button.click());
    // While the second attempt is under way the error stays on screen (no flash of the skeleton).
    expect(screen.getByRole('button', { name: /error/ })).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await act(async () => release(json(EMPTY)));
    expect(await screen.findByText('events: 0')).toBeTruthy();
  });
});
