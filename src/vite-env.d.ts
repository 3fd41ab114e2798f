/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional raster tile URL template for the map, e.g. https://tiles.example.org/{z}/{x}/{y}.png */
  readonly VITE_TILE_URL?: string;
  readonly VITE_TILE_ATTRIBUTION?: string;
  /** Other origins a `?data=URL` may load from, comma-separated (see src/data/dataset-url.ts). */
  readonly VITE_DATA_ALLOWED_ORIGINS?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
