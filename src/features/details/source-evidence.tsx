import { useId } from 'react';
import type { SourceInfo, SourceQuotes } from './derive-details';

/** Outlet, title, date and note of a source: shared by the evidence list and the reader. */
export function SourceMeta({ source, withTitle = true }: { source: SourceInfo; withTitle?: boolean }) {
  return (
    <>
      <p className="source-meta">
        {withTitle ? (
          <>
            <cite>{source.title}</cite>
            <span aria-hidden="true"> · </span>
          </>
        ) : null}
        <span>
          published <time>{source.published}</time>
        </span>
        {source.byline ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>{source.byline}</span>
          </>
        ) : null}
      </p>
      {source.note ? (
        <p className="source-note">
          <strong>Note on this source: </strong>
          {source.note}
        </p>
      ) : null}
    </>
  );
}

/** What one source says about the event: its quotes, each with a way into the full article. */
export function SourceEvidence(props: {
  group: SourceQuotes;
  onOpenReader(source: string, sentence: string): void;
}) {
  const { group, onOpenReader } = props;
  const id = useId();
  return (
    <section className="source-evidence" aria-labelledby={`${id}-outlet`}>
      <h4 id={`${id}-outlet`} className="source-outlet">
        {group.source.outlet}
      </h4>
      <SourceMeta source={group.source} />
      <ul className="quote-list">
        {group.quotes.map((q, i) => (
          <li key={`${q.sentence}-${i}`}>
            <blockquote id={`${id}-q${i}`}>{q.quote}</blockquote>
            <button
              type="button"
              className="read-in-context"
              aria-describedby={`${id}-outlet ${id}-q${i}`}
              onClick={() => onOpenReader(group.source.id, q.sentence)}
            >
              Read in context
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
