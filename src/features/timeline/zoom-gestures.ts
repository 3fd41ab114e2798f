/**
 * Wheel, drag, pinch and double-click (or double-tap) on the plot as zoom input, on pointer
 * events (replacing d3-zoom, which brought d3-transition, d3-drag and d3-interpolate into the
 * embed). The transform math is in zoom-transform.ts; this only tracks the gestures.
 */
import {
  applyPointers,
  applyZoomAt,
  applyZoomBy,
  clampScale,
  easeCubicInOut,
  interpolateZoom,
  invertX,
  wheelFactor,
  type Point,
  type ZoomBounds,
  type ZoomTransform,
} from './zoom-transform';

export interface ZoomTarget {
  get(): ZoomTransform;
  /** Applies a transform from a gesture (reports the new window). */
  set(t: ZoomTransform): void;
  bounds(): ZoomBounds | undefined;
  accept(event: Event): boolean;
}

/** The end of a wheel gesture, as in d3-zoom: until then the zoom stays anchored where it started. */
const WHEEL_END_MS = 150;
const DBLCLICK_MS = 250;
const TAP_MS = 500;
const TAP_DISTANCE = 10;

export function attachZoomGestures(svg: SVGSVGElement, target: ZoomTarget): { stop(): void; cancel(): void } {
  const at = (e: { clientX: number; clientY: number }): Point => {
    const r = svg.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  let wheel: { px: number; ref: number; timer: ReturnType<typeof setTimeout> } | undefined;
  let frame = 0;
  const cancel = () => {
    cancelAnimationFrame(frame);
    frame = 0;
  };

  function onWheel(e: WheelEvent) {
    const bounds = target.bounds();
    if (!bounds || !target.accept(e)) return;
    const t = target.get();
    const k = clampScale(t.k * wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey), bounds);
    const [px] = at(e);
    if (wheel) {
      if (wheel.px !== px) wheel = { ...wheel, px, ref: invertX(t, px) };
      clearTimeout(wheel.timer);
    } else if (t.k === k)
      return; // At a zoom limit the wheel scrolls the page.
    else {
      cancel();
      wheel = { px, ref: invertX(t, px), timer: 0 as unknown as ReturnType<typeof setTimeout> };
    }
    e.preventDefault();
    wheel.timer = setTimeout(() => (wheel = undefined), WHEEL_END_MS);
    target.set(applyZoomAt(k, wheel.px, wheel.ref, bounds));
  }

  // Pointers down on the plot; a gesture restarts (from the current transform) whenever one joins or leaves.
  const pointers = new Map<number, Point>();
  let gesture: { start: ZoomTransform; from: Point[] } | undefined;
  let moved = false;
  let downAt: Point = [0, 0];
  let lastTap: { time: number; p: Point } | undefined;
  const restart = () => {
    gesture = pointers.size ? { start: target.get(), from: [...pointers.values()].slice(0, 2) } : undefined;
  };

  function onPointerDown(e: PointerEvent) {
    if (!target.accept(e) || !target.bounds()) return;
    cancel();
    if (!pointers.size) {
      moved = false;
      downAt = at(e);
      window.addEventListener('pointermove', onPointerMove);
      window.addEventListener('pointerup', onPointerUp);
      window.addEventListener('pointercancel', onPointerUp);
      // A mouse drag pans; it must not select text or start a native drag.
      window.addEventListener('selectstart', prevent, true);
      window.addEventListener('dragstart', prevent, true);
    }
    pointers.set(e.pointerId, at(e));
    restart();
  }

  function onPointerMove(e: PointerEvent) {
    if (!pointers.has(e.pointerId)) return;
    const p = at(e);
    pointers.set(e.pointerId, p);
    if (!moved && (p[0] !== downAt[0] || p[1] !== downAt[1])) moved = true;
    const bounds = target.bounds();
    if (gesture && bounds)
      target.set(applyPointers(gesture.start, gesture.from, [...pointers.values()], bounds));
  }

  function onPointerUp(e: PointerEvent) {
    if (!pointers.delete(e.pointerId)) return;
    restart();
    if (pointers.size) return;
    release();
    // After a drag, the click that ends it is not a click on a mark.
    if (moved && e.type === 'pointerup') {
      window.addEventListener('click', suppressClick, true);
      setTimeout(() => window.removeEventListener('click', suppressClick, true), 0);
    }
    if (e.pointerType === 'touch' && !moved && e.type === 'pointerup') doubleTap(e);
  }

  function release() {
    window.removeEventListener('pointermove', onPointerMove);
    window.removeEventListener('pointerup', onPointerUp);
    window.removeEventListener('pointercancel', onPointerUp);
    window.removeEventListener('selectstart', prevent, true);
    window.removeEventListener('dragstart', prevent, true);
  }

  function doubleTap(e: PointerEvent) {
    const p = at(e);
    const now = e.timeStamp;
    if (
      lastTap &&
      now - lastTap.time < TAP_MS &&
      Math.hypot(p[0] - lastTap.p[0], p[1] - lastTap.p[1]) < TAP_DISTANCE
    ) {
      lastTap = undefined;
      zoomAnimated(e.shiftKey ? 0.5 : 2, p[0]);
    } else lastTap = { time: now, p };
  }

  function onDblClick(e: MouseEvent) {
    if (!target.accept(e)) return;
    e.preventDefault();
    zoomAnimated(e.shiftKey ? 0.5 : 2, at(e)[0]);
  }

  function zoomAnimated(factor: number, px: number) {
    const bounds = target.bounds();
    if (!bounds) return;
    cancel();
    const a = target.get();
    const b = applyZoomBy(a, factor, px, bounds);
    let t0: number | undefined;
    const step = (now: number) => {
      t0 ??= now;
      const e = Math.min(1, (now - t0) / DBLCLICK_MS);
      target.set(interpolateZoom(a, b, px, easeCubicInOut(e)));
      frame = e < 1 ? requestAnimationFrame(step) : 0;
    };
    frame = requestAnimationFrame(step);
  }

  svg.addEventListener('wheel', onWheel, { passive: false });
  svg.addEventListener('pointerdown', onPointerDown);
  svg.addEventListener('dblclick', onDblClick);
  return {
    cancel,
    stop() {
      cancel();
      if (wheel) clearTimeout(wheel.timer);
      svg.removeEventListener('wheel', onWheel);
      svg.removeEventListener('pointerdown', onPointerDown);
      svg.removeEventListener('dblclick', onDblClick);
      pointers.clear();
      gesture = undefined;
      release();
    },
  };
}

function prevent(e: Event) {
  e.preventDefault();
}

function suppressClick(e: Event) {
  e.preventDefault();
  e.stopImmediatePropagation();
  window.removeEventListener('click', suppressClick, true);
}
