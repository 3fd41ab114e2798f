/**
 * Parses a dataset file while it downloads: feed it the decoded text as it arrives (`push`), and
 * it hands back the dataset's other fields as soon as they are complete, then the events in
 * batches of about `batchChars` characters, each one `JSON.parse` of whole lines. That works for
 * the layout `serialize-dataset.ts` writes (one event per line after a `"events": [` line); any
 * other valid JSON (minified, pretty-printed, written by hand or by another tool) is parsed whole
 * at the end instead, as `JSON.parse` would, and invalid JSON throws `JSON.parse`'s SyntaxError.
 * Once the events have started the text is not kept (at 100,000 events, 56 MB the heap need not
 * hold): if a batch then does not parse, `rereadWhole` says the caller must read the file again.
 * Splitting uses `indexOf`/`lastIndexOf` only: scanning 56 MB character by character in
 * JavaScript costs more than the parse it would spread out.
 */
import { EVENTS_LINE } from './serialize-dataset';

export type StreamPart =
  /** The dataset without its events (`events` is `[]`, last), once its text is complete. */
  | { header: Record<string, unknown> }
  /** The events from index `offset` on, right after the previous batch. */
  | { events: unknown[]; offset: number };

export interface StreamEnd {
  /** The parts the end of the text completed (at most the last batch of events). */
  parts: StreamPart[];
  /** The whole file's value. */
  json: unknown;
  /** False when the text was parsed whole at the end (no part was handed out): check `json` whole. */
  streamed: boolean;
}

const LF = 10;
const CR = 13;
const COMMA = 44;
/** Text kept from the previous chunk to find a `"events": [` line split across two chunks. */
const CARRY = 128;

type Mode = 'head' | 'events' | 'whole' | 'reread';

export class DatasetStreamParser {
  /** All the text so far, until the events start: what a fallback parses whole. */
  private readonly chunks: string[] = [];
  private mode: Mode = 'head';
  /** Head: the end of the text searched so far, so a split marker is still found. */
  private carry = '';
  private seen = 0;
  /** Events: text after the last batch, not parsed yet. */
  private pending: string[] = [];
  private pendingChars = 0;
  private header: Record<string, unknown> | undefined;
  private readonly events: unknown[] = [];

  constructor(private readonly batchChars = 512 * 1024) {}

  /** Feed the next piece of decoded text; returns what it completed (often nothing). */
  push(text: string): StreamPart[] {
    if (!text || this.mode === 'reread') return [];
    if (this.mode !== 'events') this.chunks.push(text);
    if (this.mode === 'head') return this.findHeader(text);
    if (this.mode === 'whole') return [];
    this.pending.push(text);
    this.pendingChars += text.length;
    return this.pendingChars >= this.batchChars ? this.batch() : [];
  }

  /** The events' text did not have the layout after all: the rest is ignored, read the file again. */
  get rereadWhole(): boolean {
    return this.mode === 'reread';
  }

  /**
   * The end of the text: the dataset, or `JSON.parse`'s SyntaxError when it is not JSON;
   * undefined when the file must be read again whole (`rereadWhole`).
   */
  end(): StreamEnd | undefined {
    if (this.mode === 'events') {
      const last = this.lastBatch(this.pending.join(''));
      if (last && this.header) {
        this.header.events = this.events;
        return { parts: last, json: this.header, streamed: true };
      }
      this.giveUp();
    }
    if (this.mode === 'reread') return undefined;
    return { parts: [], json: JSON.parse(this.chunks.join('')), streamed: false };
  }

  private findHeader(text: string): StreamPart[] {
    const window = this.carry + text;
    const base = this.seen - this.carry.length;
    this.seen += text.length;
    for (let at = window.indexOf(EVENTS_LINE); at >= 0; at = window.indexOf(EVENTS_LINE, at + 1)) {
      let after = at + EVENTS_LINE.length;
      if (window.charCodeAt(after) === CR) after++;
      if (after >= window.length) {
        // The line's end has not arrived: look again with the next chunk (from the line's start).
        this.carry = window.slice(Math.max(0, window.lastIndexOf('\n', at)));
        return [];
      }
      if (window.charCodeAt(after) !== LF) continue;
      const lineStart = window.lastIndexOf('\n', at) + 1;
      if ((lineStart === 0 && base > 0) || window.slice(lineStart, at).trim()) continue;
      return this.startEvents(base + at + EVENTS_LINE.length, base + after + 1);
    }
    this.carry = window.slice(-CARRY);
    return [];
  }

  /** `open`: just after the marker's `[`; `next`: where the first event line starts. */
  private startEvents(open: number, next: number): StreamPart[] {
    const all = this.chunks.join('');
    this.chunks.length = 0;
    this.carry = '';
    let header: unknown;
    try {
      // Parses only if the marker opens the root object's last field: `{…, "events": [` + `]}`.
      header = JSON.parse(`${all.slice(0, open)}]}`);
    } catch {
      this.mode = 'whole';
      this.chunks.push(all);
      return [];
    }
    this.header = header as Record<string, unknown>;
    this.mode = 'events';
    const rest = all.slice(next);
    this.pending = rest ? [rest] : [];
    this.pendingChars = rest.length;
    const parts: StreamPart[] = [{ header: this.header }];
    if (this.pendingChars >= this.batchChars) parts.push(...this.batch());
    return parts;
  }

  /** The complete event lines buffered, up to the last one that ends with a comma. */
  private batch(): StreamPart[] {
    const text = this.pending.join('');
    const comma = lastLineEndingComma(text);
    if (comma < 0) {
      this.pending = [text];
      // No event line in 4 batches' worth of text (and 1 MB): not the layout.
      if (text.length > Math.max(4 * this.batchChars, 1 << 20)) this.giveUp();
      return [];
    }
    const rest = text.slice(comma + 1);
    this.pending = [rest];
    this.pendingChars = rest.length;
    const part = this.parse(text.slice(0, comma));
    // Empty: a comma with nothing before it, which JSON does not allow.
    if (!part?.events.length) {
      this.giveUp();
      return [];
    }
    return [part];
  }

  /** The text after the last batch: the last event lines, then `]`, then `}` (white space between). */
  private lastBatch(text: string): StreamPart[] | undefined {
    const close = text.lastIndexOf('}');
    const bracket = text.lastIndexOf(']', close);
    if (close < 0 || bracket < 0 || text.slice(close + 1).trim() || text.slice(bracket + 1, close).trim())
      return undefined;
    const part = this.parse(text.slice(0, bracket));
    // Nothing after a batch's comma: a trailing comma, which JSON does not allow.
    if (!part || (!part.events.length && this.events.length)) return undefined;
    return part.events.length ? [part] : [];
  }

  private parse(lines: string): { events: unknown[]; offset: number } | undefined {
    let list: unknown[];
    try {
      list = JSON.parse(`[${lines}]`) as unknown[];
    } catch {
      return undefined;
    }
    const offset = this.events.length;
    for (let i = 0; i < list.length; i++) this.events.push(list[i]);
    return { events: list, offset };
  }

  private giveUp(): void {
    this.mode = 'reread';
    this.pending = [];
    this.pendingChars = 0;
    this.events.length = 0;
  }
}

/** The index of the comma that ends the last line ending in one (`,\n` or `,\r\n`), or -1. */
function lastLineEndingComma(text: string): number {
  for (let nl = text.lastIndexOf('\n'); nl > 0; nl = text.lastIndexOf('\n', nl - 1)) {
    let at = nl - 1;
    if (text.charCodeAt(at) === CR) at--;
    if (text.charCodeAt(at) === COMMA) return at;
  }
  return -1;
}
