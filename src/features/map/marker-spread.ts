/**
 * Country and region markers stand for "somewhere in this country", so their
 * exact spot matters less than a city's. When one would sit on top of a city
 * marker (Japan's centroid is next to Tokyo), it is moved in screen space to the
 * nearest free spot within a limit; cities never move. Where the caller can tell
 * land from sea (`rank`), a spot over the country itself beats open sea, which
 * beats a neighbour: Japan goes out over the Pacific, not onto Korea.
 */
export interface SpreadItem {
  id: string;
  x: number;
  y: number;
  r: number;
  /** Country/region markers may move; city markers stay put. */
  movable: boolean;
}

export interface Offset {
  dx: number;
  dy: number;
}

/**
 * How good a spot (container pixels) is for a movable marker: lower is better, e.g.
 * 0 over its own country, 1 over the sea, 2 over another country. Ties go to the nearest spot.
 */
export type SpreadRank = (id: string, x: number, y: number) => number;

const GAP = 2;
const STEP = 2;
const DIRECTIONS = 16;

interface Point {
  x: number;
  y: number;
}

export function spreadMarkers(
  items: readonly SpreadItem[],
  maxShift = 40,
  rank?: SpreadRank,
): Map<string, Offset> {
  const pos = new Map<string, Point>(items.map((i) => [i.id, { x: i.x, y: i.y }]));
  // Movable markers are settled one by one; each treats those settled before it as fixed.
  const settled: SpreadItem[] = items.filter((i) => !i.movable);

  for (const a of items) {
    if (!a.movable) continue;
    const origin = { x: a.x, y: a.y };
    // Only markers within reach of some candidate spot (at most maxShift away) can block one:
    // testing just those gives the same answers as testing every settled marker, and with
    // hundreds of places (1,000 events, no clustering) the spots are tested hundreds of times.
    const near = settled.filter((b) => {
      const q = pos.get(b.id)!;
      return Math.hypot(origin.x - q.x, origin.y - q.y) < maxShift + a.r + b.r + GAP + 1;
    });
    const clear = (c: SpreadItem, p: Point) =>
      near.every((b) => {
        const q = pos.get(b.id)!;
        return Math.hypot(p.x - q.x, p.y - q.y) >= c.r + b.r + GAP;
      });
    if (!clear(a, origin)) pos.set(a.id, bestSpot(a, origin, near, pos, clear, maxShift, rank));
    settled.push(a);
  }

  const out = new Map<string, Offset>();
  for (const i of items) {
    const p = pos.get(i.id)!;
    out.set(i.id, { dx: Math.round(p.x - i.x), dy: Math.round(p.y - i.y) });
  }
  return out;
}

function bestSpot(
  a: SpreadItem,
  origin: Point,
  settled: readonly SpreadItem[],
  pos: ReadonlyMap<string, Point>,
  clear: (a: SpreadItem, p: Point) => boolean,
  maxShift: number,
  rank: SpreadRank | undefined,
): Point {
  // Without a rank, prefer moving straight away from the overlapping markers.
  let ax = 0;
  let ay = 0;
  for (const b of settled) {
    const q = pos.get(b.id)!;
    const d = Math.hypot(origin.x - q.x, origin.y - q.y);
    if (d >= a.r + b.r + GAP) continue;
    // Same spot: away is up and to the left, where labels (placed right first) are least likely.
    if (d < 1e-6) {
      ax -= 1;
      ay -= 1;
    } else {
      ax += (origin.x - q.x) / d;
      ay += (origin.y - q.y) / d;
    }
  }
  const away = Math.atan2(ay, ax || (ay ? 0 : -1));

  let best: Point | undefined;
  let bestScore = Infinity;
  for (let d = STEP; d <= maxShift; d += STEP) {
    // Every spot on this ring or beyond scores at least d·100 (turn < 100): a better one found
    // nearer wins, so stop rather than rank (a point-in-polygon test) hundreds more spots.
    if (bestScore < d * 100) break;
    for (let k = 0; k < DIRECTIONS; k++) {
      const turn = Math.min(k, DIRECTIONS - k);
      if (d * 100 + turn >= bestScore) continue;
      const angle = away + (k * 2 * Math.PI) / DIRECTIONS;
      const p = { x: origin.x + d * Math.cos(angle), y: origin.y + d * Math.sin(angle) };
      if (!clear(a, p)) continue;
      const score = (rank ? rank(a.id, p.x, p.y) : 0) * 1e6 + d * 100 + turn;
      if (score < bestScore) {
        bestScore = score;
        best = p;
      }
    }
  }
  // Nowhere free within reach: go as far as allowed, straight away.
  return best ?? { x: origin.x + maxShift * Math.cos(away), y: origin.y + maxShift * Math.sin(away) };
}
