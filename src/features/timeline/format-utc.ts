/**
 * The few UTC date formats the timeline prints, without d3-time-format (whose locale code,
 * parsing included, is the largest part of the timeline chunk). Same output as its English
 * `utcFormat` for these directives: %Y %m %d %-d %b %B.
 */
import { MONTHS } from '../../lib/calendar-date';

function pad(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${digits}` : digits;
}

const DIRECTIVES: Record<string, (d: Date) => string> = {
  Y: (d) => pad(d.getUTCFullYear() % 10000, 4),
  m: (d) => pad(d.getUTCMonth() + 1, 2),
  d: (d) => pad(d.getUTCDate(), 2),
  '-d': (d) => String(d.getUTCDate()),
  b: (d) => MONTHS[d.getUTCMonth()].slice(0, 3),
  B: (d) => MONTHS[d.getUTCMonth()],
};

/** A formatter for `pattern`, e.g. `'%-d %b %Y'` → "18 Mar 2023". Unknown directives throw. */
export function utcFormatter(pattern: string): (date: Date | number) => string {
  const parts = pattern.split(/(%-?[a-zA-Z])/).map((part) => {
    if (!part.startsWith('%')) return part;
    const f = DIRECTIVES[part.slice(1)];
    if (!f) throw new Error(`utcFormatter: unsupported ${part}`);
    return f;
  });
  return (date) => {
    const d = new Date(+date);
    return parts.map((p) => (typeof p === 'string' ? p : p(d))).join('');
  };
}
