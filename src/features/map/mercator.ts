/** Web Mercator in pixels, as Leaflet draws it: the world is 256·2^zoom pixels wide. */
const MAX_LAT = 85.0511287798;

export interface Point {
  x: number;
  y: number;
}

export function projectMercator(lat: number, lon: number, zoom: number): Point {
  const size = 256 * 2 ** zoom;
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return {
    x: ((lon + 180) / 360) * size,
    y: (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * size,
  };
}
