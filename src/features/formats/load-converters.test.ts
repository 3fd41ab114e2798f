import { describe, expect, it, vi } from 'vitest';
import { exporters, importers, lazyModule } from './load-converters';

describe('lazyModule', () => {
  it('loads once, then offers the module synchronously', async () => {
    const importer = vi.fn(() => Promise.resolve({ answer: 42 }));
    const lazy = lazyModule(importer);
    expect(lazy.loaded).toBeUndefined();
    lazy.warm();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(lazy.loaded).toEqual({ answer: 42 });
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load so that trying again fetches again; warm() swallows the failure', async () => {
    const importer = vi
      .fn<() => Promise<{ ok: true }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ ok: true });
    const lazy = lazyModule(importer);
    lazy.warm();
    await expect(lazy.load()).rejects.toThrow('offline');
    expect(lazy.loaded).toBeUndefined();
    await expect(lazy.load()).resolves.toEqual({ ok: true });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

describe('the converter chunks', () => {
  it('hold the export writers and the format detection', async () => {
    expect(Object.keys((await exporters.load()).EXPORT_WRITERS).sort()).toEqual([
      'csv',
      'geojson',
      'ics',
      'timelinejs',
    ]);
    expect((await importers.load()).detectFormat('{"events": []}', 'x.json')).toBe('timelinejs-json');
  });
});
