/**
 * The messages an embedded panel sends to the page around it. Shared by the
 * embed (child) and embed.js (parent), and pure, so both sides agree on one
 * shape and the parent's checks are unit-tested.
 *
 * Two dialects, sent side by side:
 * - pym.js: strings `pymxPYMx<id>xPYMx<type>xPYMx<payload>` (the child sends `height`, the
 *   parent sends `width`), so pages that already use pym.js resize our iframes unchanged;
 * - ours: `{ type: 'news-embed:height', id, height }` for embed.js.
 * Both carry a number only: nothing in them is ever evaluated or inserted as markup.
 */

export const PYM_DELIMITER = 'xPYMx';
export const HEIGHT_MESSAGE = 'news-embed:height';
/** Heights above this are treated as a bug or an attack, not as content. */
export const MAX_HEIGHT = 100_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The `childId` the embed was given ('' when none). */
  id: string;
  height: number;
}

export interface PymMessage {
  id: string;
  type: string;
  payload: string;
}

/** pym.js ids become part of a RegExp on the parent side; refuse ids that would break its framing. */
export function isValidChildId(id: string): boolean {
  return id.length > 0 && id.length <= 200 && !/\s/.test(id) && !id.includes(PYM_DELIMITER);
}

export function formatPymMessage(id: string, type: string, payload: string | number): string {
  return ['pym', id, type, String(payload)].join(PYM_DELIMITER);
}

/** Parse a pym.js string addressed to `id`; anything else (objects, other ids, junk) gives undefined. */
export function parsePymMessage(data: unknown, id: string): PymMessage | undefined {
  if (typeof data !== 'string') return undefined;
  const prefix = `pym${PYM_DELIMITER}${id}${PYM_DELIMITER}`;
  if (!data.startsWith(prefix)) return undefined;
  const rest = data.slice(prefix.length);
  const cut = rest.indexOf(PYM_DELIMITER);
  if (cut <= 0) return undefined;
  const type = rest.slice(0, cut);
  if (/\s/.test(type)) return undefined;
  return { id, type, payload: rest.slice(cut + PYM_DELIMITER.length) };
}

export function makeHeightMessage(id: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, id, height };
}

/** The only shape embed.js acts on: exactly these three keys, a sane integer height. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  if (keys.length !== 3) return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === HEIGHT_MESSAGE &&
    typeof m.id === 'string' &&
    m.id.length <= 200 &&
    typeof m.height === 'number' &&
    Number.isInteger(m.height) &&
    m.height >= 0 &&
    m.height <= MAX_HEIGHT
  );
}
