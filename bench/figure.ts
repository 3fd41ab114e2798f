/** One line of the report: a figure, its goal and whether it holds. */

export interface Figure {
  id: string;
  label: string;
  goal?: string;
  result: string;
  status: 'meets' | 'misses' | 'info' | 'not measured';
  why?: string;
  peers?: string;
}
export function judge(value: number | undefined, limit: number, atMost = true): Figure['status'] {
  if (value === undefined || !Number.isFinite(value)) return 'not measured';
  return (atMost ? value <= limit : value >= limit) ? 'meets' : 'misses';
}
