/**
 * The converters (export writers; TimelineJS import with its CSV parser) are split
 * out of the dashboard's initial script and loaded on first use. Each loader keeps
 * its module once loaded, so later uses are synchronous, and forgets a failed load
 * so that trying again fetches again.
 */
export interface LazyModule<T> {
  /** The module if it has loaded, for a synchronous path. */
  readonly loaded: T | undefined;
  load(): Promise<T>;
  /** Starts loading ahead of use (menu opened, file dragged in); failures surface at use. */
  warm(): void;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let promise: Promise<T> | undefined;
  let value: T | undefined;
  const load = (): Promise<T> =>
    (promise ??= importer().then(
      (m) => (value = m),
      (err: unknown) => {
        promise = undefined;
        throw err;
      },
    ));
  return {
    get loaded() {
      return value;
    },
    load,
    warm: () => void load().catch(() => undefined),
  };
}

export const exporters = lazyModule(() => import('../../formats/exporters'));
export const importers = lazyModule(() => import('../../formats/detect'));
