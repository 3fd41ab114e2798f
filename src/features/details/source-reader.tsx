import { useEffect, useId, useMemo, useRef } from 'react';
import type { Dataset } from '../../data/schema';
import { indexDataset } from '../../lib/dataset-index';
import { ErrorPanel, LoadingSkeleton } from '../../lib/dataset-status';
import { annotateText } from './annotate-text';
import { closeOnEscape } from './close-on-escape';
import { describeSource } from './derive-details';
import { type FilterKind } from './filter-button';
import { layoutParagraphs } from './layout-paragraphs';
import { ReaderText } from './reader-text';
import { SourceMeta } from './source-evidence';
import { useSources } from './use-sources';
import './details.css';

export function SourceReader(props: {
  dataset: Dataset;
  source: string;
  sentence?: string;
  onClose(): void;
  onFilter(kind: FilterKind, id: string): void;
}) {
  const { dataset, sentence, onClose, onFilter } = props;
  const meta = indexDataset(dataset).sources.get(props.source);
  // Its text is inline, or (data format version 2) in a file of its own, fetched now.
  const state = useSources(dataset, [props.source]).get(props.source);
  const source = state?.status === 'ready' ? state.source : undefined;
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const markRef = useRef<HTMLElement>(null);

  const info = useMemo(() => (meta ? describeSource(meta) : undefined), [meta]);
  const paragraphs = useMemo(() => {
    if (!source) return undefined;
    return layoutParagraphs(source.text, annotateText(source, dataset, sentence), source.title);
  }, [dataset, source, sentence]);

  const ready = paragraphs !== undefined;
  // Land on the reported sentence (or the title when there is none), in view and focused.
  useEffect(
    function revealSentenceOnOpen() {
      const mark = markRef.current;
      if (!mark) {
        headingRef.current?.focus();
        return;
      }
      // Centre the sentence only when it starts out of sight: one near the top stays put,
      // so the title above it is not scrolled half away.
      const box = mark.closest('.details')?.getBoundingClientRect();
      const at = mark.getBoundingClientRect();
      if (box && (at.top < box.top || at.bottom > box.bottom)) mark.scrollIntoView?.({ block: 'center' });
      else if (at.top < 0 || at.bottom > window.innerHeight)
        // Phones: the panel sits below the timeline and map; bring the sentence to mid-screen.
        window.scrollBy?.({ top: at.top - window.innerHeight / 2 + at.height / 2 });
      mark.focus({ preventScroll: true });
    },
    [props.source, sentence, ready],
  );

  return (
    <article className="details reader" aria-labelledby={`${id}-title`} onKeyDown={closeOnEscape(onClose)}>
      <header className="details-header">
        <button type="button" className="reader-back" onClick={onClose}>
          <span aria-hidden="true">← </span>Back to event
        </button>
      </header>
      {info ? (
        <>
          <p className="reader-outlet">{info.outlet}</p>
          <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
            {info.title}
          </h2>
          <SourceMeta source={info} withTitle={false} />
          {info.href ? (
            <p className="reader-original">
              <a href={info.href} target="_blank" rel="noopener noreferrer">
                Original article<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </p>
          ) : null}
          {state?.status === 'loading' ? <LoadingSkeleton label="Loading the article’s text…" /> : null}
          {state?.status === 'error' ? (
            <ErrorPanel
              error={state.error}
              title="The article’s text could not be loaded"
              onRetry={state.retry}
            />
          ) : null}
          {paragraphs ? (
            <>
              <p className="reader-legend">
                Names of <span className="legend-key entity-people">people</span>,{' '}
                <span className="legend-key entity-places">places</span> and{' '}
                <span className="legend-key entity-topics">topics</span> in the text filter the events.
              </p>
              <span id={`${id}-mark`} hidden>
                The sentence that reports the event
              </span>
              <ReaderText
                paragraphs={paragraphs}
                markRef={markRef}
                markDescriptionId={`${id}-mark`}
                onFilter={onFilter}
              />
            </>
          ) : null}
        </>
      ) : (
        <>
          <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
            Article not found
          </h2>
          <p>This article is not in the dataset. It may have been removed since the link was made.</p>
        </>
      )}
    </article>
  );
}
