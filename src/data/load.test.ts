import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import { checkDeferredReferences, DatasetError, datasetUrlOf, fetchDataset, parseDataset } from './load';
import { serializeDataset } from './serialize-dataset';

const URL_ = '/data/dataset.json';
const big = generateDataset({ events: 5000, seed: 2 });
big.events[7]!.title = 'Zürich — 東京 talks 🎉 end';
const text = serializeDataset(big);
const bytes = new TextEncoder().encode(text);

/** A response whose body arrives in the given byte pieces; `onCancel` hears a cancelled read. */
function respond(body: Uint8Array, cuts: number[], onCancel?: () => void): Response {
  let i = 0;
  const ends = [...cuts, body.length];
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const start = i === 0 ? 0 : ends[i - 1]!;
      controller.enqueue(body.slice(start, ends[i]));
      if (++i === ends.length) controller.close();
    },
    cancel: onCancel,
  });
  return new Response(stream, { headers: { 'content-type': 'application/json' } });
}

function serve(response: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(response())),
  );
}

/** Cuts every ~`step` bytes, each moved into the middle of a multi-byte character when one is near. */
function cutsEvery(step: number, of: Uint8Array): number[] {
  const cuts: number[] = [];
  for (let at = step; at < of.length; at += step) {
    let c = at;
    while (c < at + 64 && c < of.length && (of[c]! & 0xc0) !== 0x80) c++;
    cuts.push(c < of.length && (of[c]! & 0xc0) === 0x80 ? c : at);
  }
  return cuts;
}

async function failure(p: Promise<unknown>): Promise<DatasetError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DatasetError);
  return err as DatasetError;
}

function wholeFileError(json: string): DatasetError {
  try {
    parseDataset(JSON.parse(json), URL_);
  } catch (err) {
    return err as DatasetError;
  }
  throw new Error('valid');
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchDataset reads the dataset as it downloads', () => {
  it('gives the dataset the whole file holds, whatever the byte pieces (split characters included)', async () => {
    const inside = bytes.indexOf(0xe6); // 東: three bytes
    for (const cuts of [cutsEvery(65_536, bytes), cutsEvery(7_777, bytes), [inside + 1, inside + 2]]) {
      serve(() => respond(bytes, cuts));
      const data = await fetchDataset(URL_);
      expect(data).toEqual(JSON.parse(text));
      expect(data.events[7]!.title).toBe('Zürich — 東京 talks 🎉 end');
      expect(datasetUrlOf(data)).toBe(URL_);
    }
  });

  it('reads the file again, whole, when its events turn out not to have the layout', async () => {
    const edited = text.replace(/\n\}\n$/, ',\n "extra": 1\n}\n');
    const fetched = vi.fn(() =>
      Promise.resolve(respond(new TextEncoder().encode(edited), cutsEvery(4096, bytes))),
    );
    vi.stubGlobal('fetch', fetched);
    expect(await fetchDataset(URL_)).toEqual(JSON.parse(edited));
    expect(fetched).toHaveBeenCalledTimes(2);
    fetched.mockClear();
    vi.stubGlobal('fetch', () => Promise.resolve(respond(bytes, [])));
    await fetchDataset(URL_);
    expect(fetched).not.toHaveBeenCalled();
  });

  it('reads other JSON layouts whole, and a body-less response as before', async () => {
    for (const other of [JSON.stringify(big), JSON.stringify(big, null, 2)]) {
      serve(() => respond(new TextEncoder().encode(other), [10, 300_000]));
      expect(await fetchDataset(URL_)).toEqual(JSON.parse(text));
    }
    const plain = { ok: true, body: null, url: '', json: () => Promise.resolve(JSON.parse(text)) };
    vi.stubGlobal('fetch', () => Promise.resolve(plain));
    expect(await fetchDataset(URL_)).toEqual(JSON.parse(text));
  });

  it('leaves the cross-references for later when asked, and checks them then', async () => {
    const broken = JSON.parse(text) as typeof big;
    broken.events[4000]!.place = 'nowhere';
    serve(() => respond(new TextEncoder().encode(serializeDataset(broken)), cutsEvery(65_536, bytes)));
    const data = await fetchDataset(URL_, undefined, { deferReferences: true });
    expect(checkDeferredReferences(data)?.detail).toBe(wholeFileError(JSON.stringify(broken)).detail);
    serve(() => respond(new TextEncoder().encode(serializeDataset(broken)), cutsEvery(65_536, bytes)));
    const err = await failure(fetchDataset(URL_));
    expect([err.message, err.detail]).toEqual([
      wholeFileError(JSON.stringify(broken)).message,
      wholeFileError(JSON.stringify(broken)).detail,
    ]);
  });

  it('names invalid events exactly as the whole-file check does (an event in the third batch and later)', async () => {
    const broken = JSON.parse(text) as Record<string, Record<string, unknown>[]>;
    broken.events![2600]!.title = '';
    delete broken.events![2601]!.kind;
    broken.events![4999]!.date = 'soon';
    const json = serializeDataset(broken);
    serve(() => respond(new TextEncoder().encode(json), cutsEvery(65_536, bytes)));
    const err = await failure(fetchDataset(URL_));
    const whole = wholeFileError(json);
    expect(err.detail).toContain('events.2600.title');
    expect([err.message, err.detail]).toEqual([whole.message, whole.detail]);
  });

  it('says a file that is not JSON is not valid JSON, and names an unsupported version', async () => {
    for (const bad of [
      text.slice(0, -40),
      text.replace(/\}\n \]/, '},\n ]'),
      `${text.slice(0, 2_000_000)}x`,
    ]) {
      serve(() => respond(new TextEncoder().encode(bad), cutsEvery(65_536, bytes)));
      const err = await failure(fetchDataset(URL_));
      expect(err.message).toBe(`${URL_} is not valid JSON.`);
    }
    const v3 = text.replace('"schemaVersion": 2', '"schemaVersion": 3');
    serve(() => respond(new TextEncoder().encode(v3), cutsEvery(65_536, bytes)));
    expect((await failure(fetchDataset(URL_))).message).toBe(wholeFileError(v3).message);
    expect(wholeFileError(v3).message).toMatch(/has schema version 3; this app reads versions 1 and 2\.$/);
  });

  it('stops reading when aborted', async () => {
    const controller = new AbortController();
    let cancelled = false;
    let reads = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (reads++ === 3) controller.abort();
        c.enqueue(bytes.slice((reads - 1) * 65_536, reads * 65_536));
      },
      cancel: () => {
        cancelled = true;
      },
    });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(stream)));
    const err = await fetchDataset(URL_, controller.signal).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((err as Error).name).toBe('AbortError');
    expect(cancelled).toBe(true);
    expect(reads).toBeLessThan(8);
  });
});
