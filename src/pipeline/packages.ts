/**
 * `require` for the packages whose data the pipeline reads (GeoNames cities, the
 * world atlas, country names), made on first use rather than at load: the
 * extraction snapshot (extract-snapshot.ts) loads this code while it is built,
 * when no package can be resolved yet, and sets where to resolve from once it runs.
 */
import { createRequire } from 'node:module';

let base: string | undefined;
let made: NodeJS.Require | undefined;

/** Resolve packages from `url` (a file in the project) instead of this module's own location. */
export function resolvePackagesFrom(url: string): void {
  base = url;
  made = undefined;
}

export function packageRequire(): NodeJS.Require {
  made ??= createRequire(base ?? import.meta.url);
  return made;
}
