import type { TopicNode } from './derive-details';
import { FilterButton, type FilterKind } from './filter-button';

/**
 * The event's topics as filter chips; subtopics sit under their parent when the
 * event has both, otherwise they show their path ("Economic security › Supply chains").
 */
export function TopicTree(props: {
  nodes: TopicNode[];
  nested?: boolean;
  onFilter(kind: FilterKind, id: string): void;
}) {
  const { nodes, nested, onFilter } = props;
  return (
    <ul className={nested ? 'topic-list topic-children' : 'topic-list'}>
      {nodes.map(({ topic, children }) => {
        const path = [...topic.parents, topic.label].join(' › ');
        const showPath = !nested && topic.parents.length > 0;
        return (
          <li key={topic.id}>
            <FilterButton kind="topics" id={topic.id} label={path} onFilter={onFilter}>
              {showPath ? <span className="topic-parent">{topic.parents.join(' › ')} › </span> : null}
              {topic.label}
            </FilterButton>
            {children.length ? <TopicTree nodes={children} nested onFilter={onFilter} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
