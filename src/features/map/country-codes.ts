/**
 * ISO 3166-1 alpha-2 ↔ numeric: the dataset names countries by alpha-2 ("JP"),
 * world-atlas features by numeric id ("392"). Only the code table of
 * i18n-iso-countries is used (no locale data is bundled).
 */
import countries from 'i18n-iso-countries';

export function numericToAlpha2(numeric: string): string | undefined {
  return countries.numericToAlpha2(numeric.padStart(3, '0')) ?? undefined;
}

export function alpha2ToNumeric(alpha2: string): string | undefined {
  return countries.alpha2ToNumeric(alpha2.toUpperCase()) ?? undefined;
}
