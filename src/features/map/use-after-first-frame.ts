import { useEffect, useState } from 'react';

/**
 * False until the frame after the map's first one has begun. The basemap waits for it: decoding
 * its TopoJSON and drawing a few hundred country paths cost tens of milliseconds that would hold
 * back the first frame of markers, timeline and filters (or the frame right after it). The
 * countries fill in a few frames later instead; without the preload (app/preload-map.ts) they
 * used to arrive ~0.25 s after the markers.
 */
export function useAfterFirstFrame(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(function waitTwoFrames() {
    let id = requestAnimationFrame(() => {
      id = requestAnimationFrame(() => setAfter(true));
    });
    return () => cancelAnimationFrame(id);
  }, []);
  return after;
}
