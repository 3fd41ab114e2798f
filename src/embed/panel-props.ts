/** What every embed panel receives: the wired explorer and the embed's options. */
import type { Explorer } from '../explorer/use-explorer';
import type { EmbedOptions } from '../state/embed-options';

export { deriveMapProps, deriveTimelineProps } from '../explorer/feature-props';

export interface PanelProps {
  x: Explorer;
  options: EmbedOptions;
}
