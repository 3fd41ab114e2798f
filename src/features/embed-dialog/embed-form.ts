/** The dialog's choices, and the defaults a newsroom most often wants. */
import type { EmbedOptions, Panel } from '../../state/embed-options';
import type { SnippetKind } from './snippet';

export interface EmbedForm extends Pick<EmbedOptions, 'panel' | 'theme' | 'transparent' | 'controls'> {
  accent?: string;
  height?: number;
  group: string;
  kind: SnippetKind;
}

export const DEFAULT_FORM: EmbedForm = {
  panel: 'timeline',
  theme: 'auto',
  transparent: false,
  controls: true,
  group: '',
  kind: 'script',
};

/** Initial iframe heights before the embed reports its own: close to each panel's usual size. */
export const TYPICAL_HEIGHT: Record<Panel, number> = {
  timeline: 420,
  map: 480,
  'timeline-map': 520,
  list: 560,
  filters: 560,
  details: 480,
};
