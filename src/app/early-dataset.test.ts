import { describe, expect, it, vi } from 'vitest';
import { takeEarlyResponse, type EarlyDataset } from '../data/load';
import { EARLY_DATASET_KEY, startEarlyDataset } from './early-dataset';

type EarlyWindow = Window & { [EARLY_DATASET_KEY]?: EarlyDataset };

function fakeWindow(href: string) {
  const response = Promise.resolve(new Response('{}'));
  const fetch = vi.fn(() => response);
  const win = { location: new URL(href) as unknown as Location, fetch } as unknown as EarlyWindow;
  return { win, fetch, response };
}

describe('startEarlyDataset', () => {
  it('requests the built-in dataset beside the page, and the app takes that request once', () => {
    const { win, fetch, response } = fakeWindow('https://news.example/interactives/japan/?view=list');
    startEarlyDataset(win, './');
    const url = 'https://news.example/interactives/japan/data/dataset.json';
    expect(fetch).toHaveBeenCalledWith(url, { headers: { accept: 'application/json' } });
    expect(win[EARLY_DATASET_KEY]).toEqual({ url, response });
    // Another address is not served from it…
    expect(takeEarlyResponse('https://news.example/other.json', win)).toBeUndefined();
    // …the dataset's is, once: a retry must ask the server again.
    expect(takeEarlyResponse(url, win)).toBe(response);
    expect(takeEarlyResponse(url, win)).toBeUndefined();
  });

  it('follows an absolute base path (BASE_PATH builds)', () => {
    const { win, fetch } = fakeWindow('https://news.example/interactives/japan/index.html');
    startEarlyDataset(win, '/interactives/japan/');
    expect(fetch).toHaveBeenCalledWith('https://news.example/interactives/japan/data/dataset.json', {
      headers: { accept: 'application/json' },
    });
  });

  it('requests nothing when the address names another dataset (?data=)', () => {
    const { win, fetch } = fakeWindow('https://news.example/?data=https://news.example/other.json');
    startEarlyDataset(win, './');
    expect(fetch).not.toHaveBeenCalled();
    expect(win[EARLY_DATASET_KEY]).toBeUndefined();
  });

  it('leaves a failed request for the app to report, without an unhandled rejection', async () => {
    const failed = Promise.reject(new TypeError('offline'));
    const win = {
      location: new URL('https://news.example/'),
      fetch: () => failed,
    } as unknown as EarlyWindow;
    startEarlyDataset(win, './');
    const taken = takeEarlyResponse('https://news.example/data/dataset.json', win);
    await expect(taken).rejects.toThrow('offline');
  });
});
