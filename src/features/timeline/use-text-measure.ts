/** Label widths measured with a canvas in the page's font (cached), or estimated where there is none. */
import { useMemo } from 'react';
import { estimateTextWidth, type Measure } from './label-packing';

export const LABEL_FONT_SIZE = 12;

export function createTextMeasure(fontFamily?: string): Measure {
  const cache = new Map<string, number>();
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (ctx && fontFamily) ctx.font = `${LABEL_FONT_SIZE}px ${fontFamily}`;
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      // One px of slack: canvas and SVG text can round differently.
      w =
        ctx && fontFamily
          ? Math.ceil(ctx.measureText(text).width) + 1
          : estimateTextWidth(text, LABEL_FONT_SIZE);
      cache.set(text, w);
    }
    return w;
  };
}

/** A measurer in the font the plot's labels inherit, created once. */
export function useTextMeasure(): Measure {
  return useMemo(
    () =>
      createTextMeasure(
        typeof document === 'undefined' ? undefined : getComputedStyle(document.body).fontFamily,
      ),
    [],
  );
}
