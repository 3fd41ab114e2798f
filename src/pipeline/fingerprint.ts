/**
 * The pipeline's version: a hash of its own source files, the schema and the
 * versions of the packages it runs. It keys the extraction cache, the
 * short-circuit of unchanged runs and the pre-built bundle, so any change that
 * could alter an output misses them; nothing needs to be invalidated by hand.
 * Computed in plain JavaScript (source-fingerprint.mjs) so the launcher can
 * compute it without tsx.
 */
import { sourceFingerprint } from './source-fingerprint.mjs';

export { fingerprintFiles } from './source-fingerprint.mjs';

/** Set by the bundler (bundle.mjs): a bundle cannot read the sources it was built from. */
declare const __PIPELINE_FINGERPRINT__: string | undefined;

export function pipelineFingerprint(): string {
  if (typeof __PIPELINE_FINGERPRINT__ === 'string') return __PIPELINE_FINGERPRINT__;
  return sourceFingerprint();
}
