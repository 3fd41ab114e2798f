import { useEffect, useState } from 'react';

/**
 * False until the frame after the map's first one has begun. The basemap's countries wait for it:
 * Leaflet projecting and drawing a few hundred country paths costs tens of milliseconds that would
 * hold back the first frame of markers, timeline and filters. They fill in two frames later
 * instead (before the preload decoded the basemap, they arrived ~0.25 s after the markers).
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
