/**
 * Country and region markers stand for "somewhere in this country", so their
 * exact spot matters less than a city's. When one would sit on top of a city
 * marker (Japan's centroid is next to Tokyo), it is nudged away in screen space
 * until the circles no longer overlap, up to a limit; cities never move.
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

const GAP = 2;

export function spreadMarkers(
  items: readonly SpreadItem[],
  maxShift = 40,
  iterations = 6,
): Map<string, Offset> {
  const pos = new Map(items.map((i) => [i.id, { x: i.x, y: i.y }]));
  for (let it = 0; it < iterations; it++) {
    let moved = false;
    for (const a of items) {
      if (!a.movable) continue;
      const pa = pos.get(a.id)!;
      for (const b of items) {
        if (b === a) continue;
        const pb = pos.get(b.id)!;
        let dx = pa.x - pb.x;
        let dy = pa.y - pb.y;
        let dist = Math.hypot(dx, dy);
        const need = a.r + b.r + GAP;
        if (dist >= need) continue;
        if (dist < 1e-6) {
          // Same spot: move up and to the left, where labels (placed right first) are least likely.
          dx = -1;
          dy = -1;
          dist = Math.SQRT2;
        }
        // Two movable markers share the push; against a city the movable one takes all of it.
        const share = b.movable ? 0.5 : 1;
        const push = (need - dist) * share;
        pa.x += (dx / dist) * push;
        pa.y += (dy / dist) * push;
        moved = true;
      }
      // Never wander too far from the true position.
      const ox = pa.x - a.x;
      const oy = pa.y - a.y;
      const len = Math.hypot(ox, oy);
      if (len > maxShift) {
        pa.x = a.x + (ox / len) * maxShift;
        pa.y = a.y + (oy / len) * maxShift;
      }
    }
    if (!moved) break;
  }
  const out = new Map<string, Offset>();
  for (const i of items) {
    const p = pos.get(i.id)!;
    out.set(i.id, { dx: Math.round(p.x - i.x), dy: Math.round(p.y - i.y) });
  }
  return out;
}
