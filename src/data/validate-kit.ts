/**
 * Typed-loop checks for the fast validator (`validate.ts`), reporting problems with the same
 * paths and wording as the zod schema, so a broken file reads the same whichever checked it.
 * A "fatal" issue is one after which zod stops (wrong type, missing field, bad enum): like zod,
 * the cross-reference checks then do not run.
 */
import type { IssuePath } from './references';

export interface Issue {
  path: IssuePath;
  message: string;
}

/** Checks one item; module-level functions, so walking 100,000 events allocates no closures. */
export type ItemCheck = (c: Checker, item: Record<string, unknown>) => void;

const MAX_INT = Number.MAX_SAFE_INTEGER;

/** Length in Unicode code points (a surrogate pair counts once), as zod measures strings. */
function codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** What zod calls the type of a value it did not expect ("received …"). */
function received(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? 'number' : String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') {
    const proto: unknown = Object.getPrototypeOf(v);
    const ctor = (v as { constructor?: { name?: string } }).constructor;
    if (proto !== Object.prototype && ctor && typeof ctor === 'function') return ctor.name ?? 'object';
  }
  return typeof v;
}

/** Collects issues against a moving path (pushed and popped as the walk enters items and fields). */
export class Checker {
  readonly issues: Issue[] = [];
  fatal = false;
  readonly path: IssuePath = [];

  add(key: string | number | null, message: string, fatal = false): void {
    this.issues.push({ path: key === null ? [...this.path] : [...this.path, key], message });
    if (fatal) this.fatal = true;
  }

  type(key: string | number | null, expected: string, v: unknown): false {
    this.add(key, `Invalid input: expected ${expected}, received ${received(v)}`, true);
    return false;
  }

  /** A required string of at least `min` characters, or exactly `exact` (code points, as zod counts). */
  string(o: Record<string, unknown>, key: string, min = 0, exact = -1): void {
    const v = o[key];
    if (typeof v !== 'string') this.type(key, 'string', v);
    if (exact >= 0) this.size(key, v, exact, true);
    else if (min > 0) this.size(key, v, min, false);
  }

  optionalString(o: Record<string, unknown>, key: string, min = 0, exact = -1): void {
    if (o[key] !== undefined) this.string(o, key, min, exact);
  }

  /**
   * zod's length checks (`.min(n)`, `.length(n)`): they run on anything non-nullish that has a
   * `length`, even after a type error, so an empty array where an id belongs gets both issues.
   */
  size(key: string, v: unknown, n: number, exact: boolean): void {
    if (v === null || v === undefined) return;
    const units = (v as { length?: unknown }).length as number;
    if (units === undefined) return;
    // Strings are measured in code points; only a length near the bound can differ from its units.
    const length = typeof v === 'string' && units >= n && units <= 2 * n ? codePoints(v) : units;
    if (exact ? length === n : length >= n) return;
    const origin = Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown';
    const unit = origin === 'array' ? ' items' : origin === 'string' ? ' characters' : '';
    const big = exact && length > n;
    const bound = `${exact ? 'exactly ' : big ? '<=' : '>='}${n}`;
    this.add(
      key,
      `Too ${big ? 'big' : 'small'}: expected ${origin} ${unit ? `to have ${bound}${unit}` : `to be ${bound}`}`,
    );
  }

  pattern(o: Record<string, unknown>, key: string, re: RegExp, message: string): void {
    const v = o[key];
    if (typeof v !== 'string') this.type(key, 'string', v);
    else if (!re.test(v)) this.add(key, message);
  }

  oneOf(o: Record<string, unknown>, key: string, options: readonly string[]): void {
    const v = o[key];
    if (typeof v === 'string' && options.includes(v)) return;
    this.add(key, `Invalid option: expected one of ${options.map((x) => `"${x}"`).join('|')}`, true);
  }

  boolean(o: Record<string, unknown>, key: string): void {
    if (typeof o[key] !== 'boolean') this.type(key, 'boolean', o[key]);
  }

  /** A finite number within [min, max] (zod's `.min().max()`; bounds inclusive). */
  number(o: Record<string, unknown>, key: string, min: number, max: number): void {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.type(key, 'number', v);
      return;
    }
    if (v < min) this.add(key, `Too small: expected number to be >=${min}`);
    if (v > max) this.add(key, `Too big: expected number to be <=${max}`);
  }

  /** zod's `.int().nonnegative()`: a safe integer ≥ 0. */
  count(o: Record<string, unknown>, key: string): void {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.type(key, 'number', v);
      return;
    }
    if (!Number.isInteger(v)) {
      this.type(key, 'int', v);
      return;
    }
    if (v > MAX_INT) this.add(key, `Too big: expected int to be <=${MAX_INT}`);
    if (v < -MAX_INT) this.add(key, `Too small: expected int to be >=${-MAX_INT}`);
    if (v < 0) this.add(key, 'Too small: expected number to be >=0');
  }

  /** The object at `o[key]`, or null (with an issue) if it is not one. */
  object(v: unknown, key: string | number | null): Record<string, unknown> | null {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
    this.type(key, 'object', v);
    return null;
  }

  /** The array at `o[key]`, or null (with an issue) if it is not one. */
  array(o: Record<string, unknown>, key: string): unknown[] | null {
    const v = o[key];
    if (Array.isArray(v)) return v;
    this.type(key, 'array', v);
    return null;
  }

  strings(o: Record<string, unknown>, key: string): void {
    const list = this.array(o, key);
    if (!list) return;
    for (let j = 0; j < list.length; j++)
      if (typeof list[j] !== 'string') {
        this.path.push(key);
        this.type(j, 'string', list[j]);
        this.path.pop();
      }
  }

  /** Runs `check` on each element of the array at `o[key]`, with the path pointing at it. */
  each(o: Record<string, unknown>, key: string, check: ItemCheck): number {
    const list = this.array(o, key);
    if (!list) return -1;
    this.eachOf(key, list, 0, check);
    return list.length;
  }

  /** `each` on a run of the array at `key` that starts at index `offset` (a batch of a stream). */
  eachOf(key: string, list: readonly unknown[], offset: number, check: ItemCheck): void {
    this.path.push(key, 0);
    const at = this.path.length - 1;
    for (let i = 0; i < list.length; i++) {
      this.path[at] = offset + i;
      const item = this.object(list[i], null);
      if (item) check(this, item);
    }
    this.path.length -= 2;
  }

  /** Runs `check` on the object at `o[key]`, with the path pointing at it. */
  nested(o: Record<string, unknown>, key: string, check: ItemCheck): void {
    const item = this.object(o[key], key);
    if (!item) return;
    this.path.push(key);
    check(this, item);
    this.path.pop();
  }
}

/** The first few problems with their paths, one per line (`events.3.date.start: expected …`). */
export function formatIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  max = 5,
): string {
  const lines = issues.slice(0, max).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  if (issues.length > max) lines.push(`…and ${issues.length - max} more`);
  return lines.join('\n');
}
