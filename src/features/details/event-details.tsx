import { useEffect, useId, useMemo, useRef } from 'react';
import type { Dataset, NewsEvent, Source } from '../../data/schema';
import { closeOnEscape } from './close-on-escape';
import { deriveEventDetails, deriveParticipantLine } from './derive-details';
import { FilterButton, type FilterKind } from './filter-button';
import { SourceEvidence } from './source-evidence';
import { TopicTree } from './topic-tree';
import { useSources } from './use-sources';
import './details.css';

export function EventDetails(props: {
  dataset: Dataset;
  event: NewsEvent;
  onClose(): void;
  onOpenReader(source: string, sentence: string): void;
  onFilter(kind: FilterKind, id: string): void;
}) {
  const { dataset, event, onClose, onOpenReader, onFilter } = props;
  // The quotes are in the dataset; the sources' texts (files of their own in a version-2 dataset)
  // only put a source's quotes in text order, and are then at hand for "Read in context".
  const states = useSources(dataset, sourceIds(event));
  const loaded = [...states.values()].flatMap((s) => (s.status === 'ready' ? [s.source] : []));
  const loadedKey = loaded.map((s) => s.id).join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the loaded sources, by id (cached objects)
  const texts = useMemo(() => new Map<string, Source>(loaded.map((s) => [s.id, s])), [dataset, loadedKey]);
  const d = useMemo(() => deriveEventDetails(dataset, event, texts), [dataset, event, texts]);
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Keyboard and screen-reader users land on the event they just picked.
  useEffect(
    function focusHeadingOnSelect() {
      headingRef.current?.focus();
    },
    [event.id],
  );

  return (
    <article className="details" aria-labelledby={`${id}-title`} onKeyDown={closeOnEscape(onClose)}>
      <header className="details-header">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {d.title}
        </h2>
        <button type="button" className="details-close" aria-label="Close details" onClick={onClose}>
          <span aria-hidden="true">✕</span>
        </button>
      </header>

      <p className="details-date">
        <time>{d.date}</time>
        <span aria-hidden="true"> · </span>
        <span className="details-precision">{d.precision}</span>
      </p>
      <p className="details-badges">
        <span className="badge badge-kind">{d.kind}</span>
        <span className={`badge badge-status status-${d.status}`}>{d.statusLabel}</span>
      </p>
      {d.statusExplanation ? <p className="status-explanation">{d.statusExplanation}</p> : null}

      <dl className="details-facts">
        {d.place ? (
          <>
            <dt>Place</dt>
            <dd>
              <FilterButton kind="places" id={d.place.id} label={d.place.name} onFilter={onFilter} />
              {d.origin ? (
                <span className="details-origin">
                  {' '}
                  travelling from{' '}
                  <FilterButton kind="places" id={d.origin.id} label={d.origin.name} onFilter={onFilter} />
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        {d.participants.length ? (
          <>
            <dt>Participants</dt>
            <dd>
              <ul className="participant-list">
                {d.participants.map((p) => (
                  <li key={p.id}>
                    <FilterButton kind="people" id={p.id} label={p.name} onFilter={onFilter} />
                    {p.role || p.country ? (
                      <span className="participant-role">{deriveParticipantLine(p.role, p.country)}</span>
                    ) : null}
                    {p.verified ? null : <span className="badge badge-unverified">not in the registry</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {d.topicTree.length ? (
          <>
            <dt>Topics</dt>
            <dd>
              <TopicTree nodes={d.topicTree} onFilter={onFilter} />
            </dd>
          </>
        ) : null}
      </dl>

      <section className="details-sources" aria-labelledby={`${id}-sources`}>
        <h3 id={`${id}-sources`}>What each source says</h3>
        <p className="reported-by">{d.reportedBy}</p>
        {d.sources.map((group) => (
          <SourceEvidence key={group.source.id} group={group} onOpenReader={onOpenReader} />
        ))}
      </section>
    </article>
  );
}

function sourceIds(event: NewsEvent): string[] {
  return [...new Set(event.evidence.map((ev) => ev.source))];
}
