// SKELETON: the details engineer replaces this.
import type { Dataset } from '../../data/schema';

export function SourceReader(props: {
  dataset: Dataset;
  source: string;
  sentence?: string;
  onClose(): void;
  onFilter(kind: 'topics' | 'people' | 'places', id: string): void;
}) {
  return <p>{props.source}</p>;
}
