/**
 * Event dates as numbers and mark shapes. The fast date parser (`startMs`/`endMs`) lives in
 * the shared calendar module, where the filter index uses it too; it is re-exported here.
 */
import type { NewsEvent } from '../../data/schema';

export { endMs, startMs } from '../../lib/calendar-date';

/** point: one known day; fuzzy: somewhere within a month or year; span: a known run of days. */
export type MarkShape = 'point' | 'span' | 'fuzzy';

export function shapeOf(date: NewsEvent['date']): MarkShape {
  if (date.precision !== 'day') return 'fuzzy';
  return !date.end || date.end === date.start ? 'point' : 'span';
}
