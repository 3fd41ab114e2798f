/**
 * "12,345": counts in English digits. One formatter for the module, since `toLocaleString`
 * builds a new one on every call (measurable when the status and lane counts change every zoom frame).
 */
const COUNT = new Intl.NumberFormat('en');

export function formatCount(n: number): string {
  return COUNT.format(n);
}
