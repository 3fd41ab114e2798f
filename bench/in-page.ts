/**
 * Code that runs inside the benchmarked page, as plain JavaScript text (it is
 * injected before the app's own scripts, and a string keeps the bundler's
 * helpers out of it). It defines `window.__bench`:
 *  - watches every frame from navigation until the timeline, the map markers
 *    and the facet counts are all drawn (DRAWN_CHECKS), and records when;
 *  - records long tasks and the peak JS heap (performance.memory, precise with
 *    --enable-precise-memory-info);
 *  - collects frame intervals (rAF deltas) on demand;
 *  - toggles a filter control and measures until the next frames are painted.
 */
export const INIT_SCRIPT = String.raw`(() => {
  // tsx keeps function names with a __name helper; functions we pass to page.evaluate need it.
  if (!globalThis.__name) globalThis.__name = (target) => target;
  const B = (window.__bench = { marks: {}, longTasks: [], heapPeak: 0 });
  const now = () => performance.now();
  B.raf = () => new Promise((r) => requestAnimationFrame(() => r(now())));
  const region = (name) => document.querySelector('[aria-label="' + name + '"]');
  // A box and not visibility: hidden (the map keeps markers a filter removed, hidden that way).
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const someVisible = (list, min) => { let n = 0; for (const el of list) { if (visible(el) && ++n >= min) return true; } return false; };

  // "Drawn" in DOM terms. Each check is deliberately loose about HOW a panel
  // draws (SVG or canvas, density bars or marks) and strict about WHAT: marks
  // with a size, markers on the map, numbers beside the filter options.
  B.checks = {
    timeline() {
      const r = region('Timeline');
      if (!r) return false;
      for (const c of r.querySelectorAll('canvas')) if (c.width > 0 && c.height > 0 && visible(c)) return true;
      const marks = [];
      for (const m of r.querySelectorAll('svg circle, svg rect, svg ellipse, svg polygon, svg use, svg path')) {
        if (m.closest('.tick') || m.classList.contains('domain') || m.classList.contains('overlay')) continue;
        marks.push(m);
        if (marks.length >= 50) break;
      }
      return someVisible(marks, 3);
    },
    map() {
      const r = region('Map');
      if (!r) return false;
      const markers = r.querySelectorAll('.leaflet-marker-icon, .leaflet-marker-pane > *, path.leaflet-interactive, .leaflet-overlay-pane canvas, [class*="marker"], [class*="cluster"]');
      return someVisible(markers, 1);
    },
    facets() {
      const r = region('Filters');
      if (!r) return false;
      const boxes = r.querySelectorAll('input[type="checkbox"], [role="checkbox"], [aria-pressed]');
      if (boxes.length < 3) return false;
      // A count is a text node that is only a number, e.g. "109" or " (109)".
      const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
      for (let i = 0, node; (node = walker.nextNode()) && i < 3000; i++)
        if (/^\s*\(?\d[\d,.\u202f\u00a0]*\)?\s*$/.test(node.data)) return true;
      return false;
    },
  };
  B.state = () => Object.fromEntries(Object.keys(B.checks).map((k) => [k, !!B.marks[k]]));

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no long task API */ }

  // Every read of performance.memory (even 'if (performance.memory)') builds a fresh MemoryInfo,
  // which with --enable-precise-memory-info gathers the heap's statistics: usually 0.1-1 ms,
  // sometimes 4-13. Read once a frame (as a presence test did until 22 November) it was ~1 ms of
  // every measured frame and toggle, 6% of a zoom gesture's profile. So: at most every 250 ms, and
  // never inside a measured window (load until drawn, a toggle, a gesture), but right after one
  // ('sampleHeap(t, true)'). CDP's poll (browser-bench.ts) covers the windows themselves.
  const hasMemory = 'memory' in performance;
  let heapSampledAt = -Infinity;
  B.measuring = true; // from navigation until drawn
  const sampleHeap = (t, afterWindow = false) => {
    if (!hasMemory || (!afterWindow && (B.measuring || t - heapSampledAt < 250))) return;
    heapSampledAt = t;
    B.heapPeak = Math.max(B.heapPeak, performance.memory.usedJSHeapSize);
  };
  // Marks the checks that hold now as seen in the frame that started at t; true once all have.
  const check = (t) => {
    for (const k of Object.keys(B.checks)) if (!B.marks[k] && document.readyState !== 'loading' && B.checks[k]()) B.marks[k] = t;
    return Object.keys(B.checks).every((k) => B.marks[k]);
  };
  // A panel may commit in a ResizeObserver callback (the timeline draws once it knows its width):
  // after the frame's rAF callbacks, before its paint. Checking only at the start of frames would
  // see that content a frame late, so each frame also checks after the app's observers: a fresh
  // observer is last in the document's list, and its first observation is delivered this frame.
  let lateObserver = null;
  const checkLate = (t) => {
    lateObserver?.disconnect();
    lateObserver = new ResizeObserver(() => {
      lateObserver.disconnect();
      if (B.allAt === undefined && check(t)) B.allAt = t;
    });
    lateObserver.observe(document.documentElement);
  };
  const watch = () => {
    const t = now();
    sampleHeap(t);
    if (B.drawnAt === undefined) {
      // The frame that held everything was painted before this one started.
      if (B.allAt !== undefined) {
        B.drawnAt = t;
        B.measuring = false;
        sampleHeap(t, true);
      }
      else if (check(t)) B.allAt = t;
      else checkLate(t);
    }
    if (t < 600000) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);

  B.dataResponseEnd = () => {
    const e = performance.getEntriesByType('resource').find((x) => /\/data\/[^/]*\.json(\?|$)/.test(x.name));
    return e ? { responseEnd: e.responseEnd, bytes: e.encodedBodySize || e.transferSize } : undefined;
  };

  let frameLog = null;
  B.startFrames = () => {
    B.measuring = true;
    frameLog = [];
    let last = 0;
    const log = frameLog;
    // Two intervals per frame: between the frames' own start times (the rAF timestamp: the
    // begin-frame time Chromium's scheduler gives every callback of that frame, so a frame that
    // missed its deadline shows as 33 ms) and between the moments this callback actually ran
    // (which adds the jitter of the callback starting after the frame's input handling).
    let lastStamp = 0;
    const step = (stamp) => {
      const t = now();
      if (last) log.push([stamp - lastStamp, t - last, stamp]);
      last = t;
      lastStamp = stamp;
      if (frameLog === log) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  };
  // Each entry: [start-time interval, callback interval, this frame's start time] (the last for CPU windows).
  B.stopFrames = () => {
    const log = frameLog || [];
    frameLog = null;
    B.measuring = false;
    sampleHeap(now(), true);
    return log;
  };
  /** A user-timing mark that ties page time to a trace's clock (see bench/trace-cpu.ts). */
  B.clockMark = (name) => performance.mark(name).startTime;

  const labelOf = (el) => ((el.labels && el.labels[0] && el.labels[0].textContent) || el.getAttribute('aria-label') || (el.closest('label') && el.closest('label').textContent) || el.textContent || '').trim();
  /** Finds the filter control for one topic label; remembers it for toggle(). */
  B.findToggle = (label) => {
    const r = region('Filters');
    if (!r) return undefined;
    const all = [...r.querySelectorAll('input[type="checkbox"], [role="checkbox"], [aria-pressed]')];
    const el = all.find((x) => labelOf(x).startsWith(label)) || all.find((x) => labelOf(x).includes(label));
    B.toggleTarget = el;
    return el ? labelOf(el).slice(0, 80) : undefined;
  };
  /**
   * Clicks the remembered control and measures: "twoFrames" = click → the
   * second rAF after it (the first frame after the change was painted);
   * "settled" = click → the second rAF after the last DOM mutation, once three
   * frames passed without one (catches deferred or worker-driven updates).
   */
  B.toggle = async () => {
    const el = B.toggleTarget;
    let lastMutation = -1;
    const mo = new MutationObserver(() => { lastMutation = now(); });
    mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    B.measuring = true;
    const t0 = now();
    el.click();
    const sync = now() - t0;
    const frames = [await B.raf()];
    frames.push(await B.raf());
    const twoFrames = frames[1] - t0;
    let quiet = 0;
    let seen = lastMutation;
    while (quiet < 3 && now() - t0 < 15000) {
      const t = await B.raf();
      frames.push(t);
      if (lastMutation !== seen) { seen = lastMutation; quiet = 0; } else quiet++;
    }
    mo.disconnect();
    B.measuring = false;
    sampleHeap(now(), true);
    const after = frames.filter((t) => t > lastMutation);
    const settled = lastMutation < 0 ? twoFrames : Math.max(twoFrames, (after[1] ?? after[0] ?? now()) - t0);
    return { t0, sync, twoFrames, settled, checked: el.checked ?? el.getAttribute('aria-checked') ?? el.getAttribute('aria-pressed') };
  };
})();`;
