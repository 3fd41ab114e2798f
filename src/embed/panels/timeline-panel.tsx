import { Timeline } from '../../features/timeline/timeline';
import { deriveTimelineProps, type PanelProps } from '../panel-props';

export function TimelinePanel({ x, options }: PanelProps) {
  return (
    <section aria-label="Timeline" className="embed-panel embed-timeline">
      <Timeline {...deriveTimelineProps(x, options.controls)} />
    </section>
  );
}
