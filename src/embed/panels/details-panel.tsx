import { DetailsContent } from '../../explorer/details-content';
import type { PanelProps } from '../panel-props';

export function DetailsPanel({ x, options }: PanelProps) {
  return (
    <section aria-label="Details" className="embed-panel embed-scroll embed-details">
      <DetailsContent
        x={x}
        hint={
          <p className="embed-hint">
            {options.group
              ? 'Select an event in a linked panel to see what each source says.'
              : 'No event selected.'}
          </p>
        }
      />
    </section>
  );
}
