import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetUrlOf } from '../../data/load';
import { sourceFileUrl } from '../../data/source-files';
import { splitSources } from '../../data/split-sources';
import { readFixture } from '../../formats/fixtures/read-fixture';
import { sampleDataset } from '../../formats/fixtures/sample-dataset';
import { fetchAnyDataset } from './fetch-any-dataset';

afterEach(() => vi.unstubAllGlobals());
const serve = (body: string, status = 200) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' })),
  );

describe('fetchAnyDataset', () => {
  it('loads our dataset format and TimelineJS3 files alike', async () => {
    serve(JSON.stringify(sampleDataset));
    expect((await fetchAnyDataset('https://news.example.org/data/dataset.json')).events).toHaveLength(8);
    serve(readFixture('women-in-science.csv'));
    expect((await fetchAnyDataset('/data/women.csv?v=1')).title).toBe('Women in Science');
  });

  it('remembers where a dataset came from, so its source files load from beside it', async () => {
    serve(JSON.stringify(splitSources(sampleDataset).dataset));
    const data = await fetchAnyDataset('https://news.example.org/data/dataset.json');
    expect(datasetUrlOf(data)).toBe('https://news.example.org/data/dataset.json');
    expect(sourceFileUrl(data, data.sources[0])).toBe(
      `https://news.example.org/data/sources/${data.sources[0].id}.json`,
    );
  });

  it('names the file in validation errors and reports HTTP failures', async () => {
    serve(readFixture('timelinejs2.json'));
    await expect(fetchAnyDataset('/data/old.json')).rejects.toThrow(/^old\.json: This is a TimelineJS2 file/);
    serve('missing', 404);
    await expect(fetchAnyDataset('/data/x.json')).rejects.toThrow(
      'Could not load /data/x.json: the server answered 404 Not Found.',
    );
  });
});
