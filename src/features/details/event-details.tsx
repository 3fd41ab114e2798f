// SKELETON: the details engineer replaces this.
import type { Dataset, NewsEvent } from '../../data/schema';

export function EventDetails(props: {
  dataset: Dataset;
  event: NewsEvent;
  onClose(): void;
  onOpenReader(source: string, sentence: string): void;
  onFilter(kind: 'topics' | 'people' | 'places', id: string): void;
}) {
  return <h3>{props.event.title}</h3>;
}
