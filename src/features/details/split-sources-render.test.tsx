// @vitest-environment jsdom
/**
 * A version-2 dataset: each source's text is in its own file, fetched when the reader (or the
 * details) need it. The metadata and quotes show at once; the text follows, or an error with a retry.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../data/load';
import { fetchSource } from '../../data/source-files';
import { splitSources } from '../../data/split-sources';
import { EventDetails } from './event-details';
import { fixtureDataset } from './fixture.test-data';
import { SourceReader } from './source-reader';

const split = splitSources(fixtureDataset);
const files = new Map(split.files.map((f) => [`http://site.test/data/${f.path}`, f.content]));
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
/** A fresh dataset object per test, so no test sees another's cached source files. */
const load = () =>
  parseDataset(structuredClone(split.dataset), 'dataset', 'http://site.test/data/dataset.json');

function serve(override?: (url: string) => Response | undefined) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const body = files.get(url);
    return override?.(url) ?? (body ? json(body) : json({}, 404));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
const noop = () => {};

describe('fetchSource', () => {
  it('returns an inline source as it is, without a request', async () => {
    const fetchMock = serve();
    const source = fixtureDataset.sources[0];
    expect(await fetchSource(fixtureDataset, source)).toBe(source);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fetches a source’s file beside the dataset file and checks it against the dataset', async () => {
    const fetchMock = serve();
    const data = load();
    const loaded = await fetchSource(data, data.sources[0]);
    expect(fetchMock.mock.calls[0][0]).toBe(`http://site.test/data/${data.sources[0].file}`);
    expect(loaded.text).toBe(fixtureDataset.sources[0].text);
    expect(loaded.sentences).toEqual(fixtureDataset.sources[0].sentences);
    expect(loaded.title).toBe(fixtureDataset.sources[0].title);
  });

  it('refuses a file that does not match the dataset, naming the problem', async () => {
    serve((url) => (files.has(url) ? json({ ...files.get(url), text: 'Rewritten.' }) : undefined));
    const data = load();
    await expect(fetchSource(data, data.sources[0])).rejects.toMatchObject({
      message: expect.stringContaining('does not match the dataset') as unknown,
      detail: expect.stringContaining('quote is not a verbatim substring') as unknown,
    });
  });

  it('explains that a dataset opened from this device brings no source files', async () => {
    const fetchMock = serve();
    const local = parseDataset(structuredClone(split.dataset), 'local.json');
    await expect(fetchSource(local, local.sources[0])).rejects.toThrow(/opened from this device/);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('the reader and the details with source files', () => {
  it('shows the article’s metadata at once and its text when the file arrives', async () => {
    serve();
    const data = load();
    const source = fixtureDataset.sources[0];
    const { container } = render(
      <SourceReader
        dataset={data}
        source={source.id}
        sentence={source.sentences[1].id}
        onClose={noop}
        onFilter={noop}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: source.title })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Loading the article’s text');
    const mark = await vi.waitFor(() => {
      const found = container.querySelector('mark');
      if (!found) throw new Error('the text has not arrived yet');
      return found;
    });
    expect(mark.textContent).toBe(source.text.slice(source.sentences[1].start, source.sentences[1].end));
    expect(document.activeElement).toBe(container.querySelector('mark'));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows an error with "Try again" when the file cannot be loaded, and recovers', async () => {
    let fail = true;
    serve((url) => (fail && files.has(url) ? json({}, 503) : undefined));
    const data = load();
    const source = fixtureDataset.sources[0];
    render(<SourceReader dataset={data} source={source.id} onClose={noop} onFilter={noop} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The article’s text could not be loaded');
    expect(alert.textContent).toContain('503');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/Names of/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the quotes at once, and fetches the sources’ files for the reader', async () => {
    const fetchMock = serve();
    const data = load();
    const event = data.events[0];
    render(<EventDetails dataset={data} event={event} onClose={noop} onOpenReader={noop} onFilter={noop} />);
    for (const ev of event.evidence) expect(screen.getAllByText(ev.quote).length).toBeGreaterThan(0);
    await vi.waitFor(() =>
      expect(new Set(fetchMock.mock.calls.map((c) => String(c[0])))).toEqual(
        new Set(
          event.evidence.map(
            (ev) => `http://site.test/data/${data.sources.find((s) => s.id === ev.source)!.file}`,
          ),
        ),
      ),
    );
  });
});
