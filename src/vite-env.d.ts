/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional raster tile URL template for the map, e.g. https://tiles.example.org/{z}/{x}/{y}.png */
  readonly VITE_TILE_URL?: string;
  readonly VITE_TILE_ATTRIBUTION?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
