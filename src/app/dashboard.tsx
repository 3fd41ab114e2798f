import { lazy, Suspense, useRef } from 'react';
import type { Dataset } from '../data/schema';
import { useExplorer } from '../explorer/use-explorer';
import { ActiveFilters, FilterPanel, NoResults } from '../features/filters';
import { ViewSwitch } from '../features/list/view-switch';
import { ExportMenu } from '../features/formats/export-menu';
import { EmbedButton } from '../features/embed-dialog';
import { EMPTY_FILTERS } from '../state/view-state';
import { Timeline } from '../features/timeline/timeline';
import { EventList } from '../features/list/event-list';
import { DetailsContent } from '../explorer/details-content';
import { deriveMapProps, deriveTimelineProps } from '../explorer/feature-props';
import { LoadingSkeleton } from '../lib/dataset-status';
import { PanelBoundary } from '../lib/panel-boundary';
import { useFocusReturn } from './use-focus-return';

// Leaflet and the basemap load only when the map is shown.
const MapView = lazy(() => import('../features/map/map-view').then((m) => ({ default: m.MapView })));

export function Dashboard({ dataset, embeddable = true }: { dataset: Dataset; embeddable?: boolean }) {
  const x = useExplorer(dataset);
  const { state, update } = x;
  const detailsRef = useRef<HTMLElement>(null);
  const returnFocus = useFocusReturn(detailsRef);
  const empty = x.events.length === 0;
  const noResults = <NoResults onClear={() => x.setFilters(EMPTY_FILTERS)} />;

  return (
    <main className="app-main dashboard" data-view={state.view}>
      <section aria-label="Filters" className="panel panel-filters">
        <h2>Filters</h2>
        <PanelBoundary name="the filters" resetKey={state.filters}>
          <FilterPanel dataset={dataset} index={x.index} filters={state.filters} onChange={x.setFilters} />
        </PanelBoundary>
      </section>

      <div className="panel-toolbar">
        <ActiveFilters
          dataset={dataset}
          filters={state.filters}
          onChange={x.setFilters}
          matching={x.events.length}
        />
        <div className="toolbar-actions">
          <ViewSwitch view={state.view} onChange={(view) => update((s) => ({ ...s, view }))} />
          <ExportMenu dataset={dataset} events={x.events} />
          {embeddable && <EmbedButton state={state} />}
        </div>
      </div>

      {state.view === 'list' ? (
        <section aria-label="Event list" className="panel panel-list">
          <h2>Events</h2>
          <PanelBoundary name="the list" resetKey={state.filters}>
            {empty ? (
              noResults
            ) : (
              <EventList
                dataset={dataset}
                events={x.events}
                selectedId={state.selected}
                hoveredId={x.hoveredId}
                onSelect={x.select}
                onHover={x.setHovered}
              />
            )}
          </PanelBoundary>
        </section>
      ) : (
        <>
          <section aria-label="Timeline" className="panel panel-timeline">
            <h2>Timeline</h2>
            <PanelBoundary name="the timeline" resetKey={state.filters}>
              {empty ? noResults : <Timeline {...deriveTimelineProps(x)} />}
            </PanelBoundary>
          </section>
          <section aria-label="Map" className="panel panel-map">
            <h2>Map</h2>
            <PanelBoundary name="the map" resetKey={state.filters}>
              <Suspense fallback={<LoadingSkeleton label="Loading the map…" />}>
                <MapView {...deriveMapProps(x)} />
              </Suspense>
            </PanelBoundary>
          </section>
        </>
      )}

      <section ref={detailsRef} aria-label="Details" className="panel panel-details">
        <PanelBoundary name="the details" resetKey={`${state.selected}|${state.reader?.sentence}`}>
          <DetailsContent
            x={x}
            onClose={returnFocus}
            hint={
              <>
                <h2>Details</h2>
                <p className="hint">
                  Select an event on the timeline, the map or the list to see what each source says.
                </p>
              </>
            }
          />
        </PanelBoundary>
      </section>
    </main>
  );
}
