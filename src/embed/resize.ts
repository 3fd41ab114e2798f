/**
 * Tells the page around the iframe how tall the embed's content is: on load,
 * on every resize, and whenever the content grows OR shrinks (the pym.js
 * users' top complaint is iframes that never shrink).
 *
 * We measure a wrapper element that holds all content (`display: flow-root`,
 * height auto), not `body.offsetHeight` or `documentElement.scrollHeight`:
 * those stay at the iframe's current height when the body is 100% tall or the
 * viewport is taller than the content, so they can only ever grow. Nothing in
 * the embed is sized from the viewport height, and the parent sets
 * `scrolling="no"`, so resizing the iframe cannot change the measurement
 * (no feedback loop); equal heights are never re-sent.
 */
import { formatPymMessage, makeHeightMessage, parsePymMessage } from '../lib/embed-protocol';

export interface HeightReporterOptions {
  /** pym.js child id (from `childId`); without one only our own message is sent. */
  childId?: string;
  /** The content height in CSS pixels. */
  measure(): number;
  /** Deliver a message to the parent window. */
  post(message: unknown): void;
}

export interface HeightReporter {
  /** Send the height if it changed (or always, when `force`); returns the height sent, if any. */
  report(force?: boolean): number | undefined;
  /** Handle a message from the parent: pym.js `width` asks for the height again. */
  onParentMessage(data: unknown): void;
}

export function createHeightReporter({ childId, measure, post }: HeightReporterOptions): HeightReporter {
  let last: number | undefined;
  const report = (force = false) => {
    const height = Math.ceil(measure());
    // Nothing rendered (yet): a 0 px iframe may never be laid out again, so never ask for one.
    if (!(height > 0) || (!force && height === last)) return undefined;
    last = height;
    if (childId) post(formatPymMessage(childId, 'height', height));
    post(makeHeightMessage(childId ?? '', height));
    return height;
  };
  return {
    report,
    onParentMessage(data) {
      if (!childId) return;
      const message = parsePymMessage(data, childId);
      if (message?.type === 'width') report(true);
    },
  };
}

/**
 * Wire a reporter to the DOM. Returns a stop function. Does nothing when the
 * page is not in a frame. Height messages hold a number only, so they go to
 * any parent origin ('*'): the embed cannot know which site frames it.
 */
export function startHeightReporter(element: HTMLElement, childId?: string): () => void {
  if (window.parent === window) return () => {};
  const parent = window.parent;
  const reporter = createHeightReporter({
    childId,
    measure: () => element.getBoundingClientRect().height,
    post: (message) => parent.postMessage(message, '*'),
  });
  // A hidden iframe (display: none tab) lays out at width 0: wait until it is shown.
  const report = () => {
    if (window.innerWidth > 0) reporter.report();
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source === parent) reporter.onParentMessage(event.data);
  };
  const observer = new ResizeObserver(report);
  observer.observe(element);
  window.addEventListener('resize', report);
  window.addEventListener('load', report);
  window.addEventListener('message', onMessage);
  void document.fonts?.ready.then(report);
  report();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', report);
    window.removeEventListener('load', report);
    window.removeEventListener('message', onMessage);
  };
}
