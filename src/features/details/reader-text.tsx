import { Fragment, type Ref } from 'react';
import type { TextSegment } from './annotate-text';
import { FilterButton, type FilterKind } from './filter-button';
import type { Paragraph } from './layout-paragraphs';

function Segments(props: { segments: TextSegment[]; onFilter(kind: FilterKind, id: string): void }) {
  return props.segments.map((s) =>
    s.entity ? (
      <FilterButton
        key={s.start}
        kind={s.entity.kind}
        id={s.entity.id}
        label={s.entity.label}
        inline
        onFilter={props.onFilter}
      >
        {s.text}
      </FilterButton>
    ) : (
      <Fragment key={s.start}>{s.text}</Fragment>
    ),
  );
}

/**
 * The article body: one <p> per paragraph, the reported sentence in a <mark>,
 * names as inline filter buttons. Text goes in as React children, never as HTML.
 */
export function ReaderText(props: {
  paragraphs: Paragraph[];
  markRef: Ref<HTMLElement>;
  markDescriptionId: string;
  onFilter(kind: FilterKind, id: string): void;
}) {
  const { paragraphs, markRef, markDescriptionId, onFilter } = props;
  let marked = false;
  return (
    <div className="reader-text">
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.runs.map((run) => {
            const body = <Segments segments={run.segments} onFilter={onFilter} />;
            if (!run.highlight) return <Fragment key={run.segments[0].start}>{body}</Fragment>;
            // Only the first highlighted run receives focus (a sentence could span a line break).
            const first = !marked;
            marked = true;
            return (
              <mark
                key={run.segments[0].start}
                ref={first ? markRef : undefined}
                tabIndex={first ? -1 : undefined}
                aria-describedby={markDescriptionId}
                className="reader-highlight"
              >
                {body}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
