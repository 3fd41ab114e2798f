import { memo, useRef, type ReactNode, type RefObject } from 'react';
import type { Dataset } from '../data/schema';
import { useExplorer, type Explorer } from '../explorer/use-explorer';
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
import { SkipLinks } from '../lib/skip-links';
import { useViewState } from '../state/use-view-state';
import { useFocusReturn } from './use-focus-return';
import { useGrowOnlyHeight } from './use-grow-only-height';
import { useMapModule } from './use-map-module';
import type { MapViewProps } from '../features/map/map-view';

/** Leaflet and the basemap load only when the map is shown (usually preloaded with the dataset). */
function LazyMapView(props: MapViewProps) {
  const map = useMapModule();
  return map ? <map.MapView {...props} /> : <LoadingSkeleton label="Loading the map…" />;
}

/** Where a keyboard user can jump from the top of the page (only the panels the current view shows). */
export function DashboardSkipLinks() {
  const [{ view }] = useViewState();
  const targets =
    view === 'list'
      ? [
          { id: 'panel-list', label: 'Events list' },
          { id: 'panel-filters', label: 'Filters' },
        ]
      : [
          { id: 'panel-timeline', label: 'Timeline' },
          { id: 'panel-map', label: 'Map' },
          { id: 'panel-filters', label: 'Filters' },
        ];
  return <SkipLinks targets={targets} />;
}

interface DetailsProps {
  x: Explorer;
  onClose(): void;
}

/**
 * The Details region's content. DetailsContent reads only the dataset, the selection, the
 * reader and stable callbacks from the explorer, so a filter toggle does not re-render it.
 */
const Details = memo(
  function Details({ x, onClose }: DetailsProps) {
    return (
      <DetailsContent
        x={x}
        onClose={onClose}
        hint={
          <>
            <h2>Details</h2>
            <p className="hint">
              Select an event on the timeline, the map or the list to see what each source says.
            </p>
          </>
        }
      />
    );
  },
  (a: DetailsProps, b: DetailsProps) =>
    a.x.dataset === b.x.dataset &&
    a.x.selectedEvent === b.x.selectedEvent &&
    a.x.state.reader === b.x.state.reader &&
    a.onClose === b.onClose,
);

export function Dashboard({ dataset, embeddable = true }: { dataset: Dataset; embeddable?: boolean }) {
  const x = useExplorer(dataset);
  const { state, update } = x;
  const detailsRef = useRef<HTMLElement>(null);
  const returnFocus = useFocusReturn(detailsRef);
  const timelineRef = useRef<HTMLElement>(null);
  // Another view or lane mode lays the timeline out afresh (a new dataset remounts the dashboard).
  useGrowOnlyHeight(timelineRef, `${state.view}|${state.lanes}`);
  const empty = x.events.length === 0;
  const noResults = <NoResults onClear={() => x.setFilters(EMPTY_FILTERS)} />;
  const list = state.view === 'list';

  return (
    <main className="app-main dashboard" data-view={state.view}>
      <Panel id="panel-filters" label="Filters" className="panel panel-filters">
        <h2>Filters</h2>
        <PanelBoundary name="the filters" resetKey={state.filters}>
          {/* The chart view sets dates in the timeline's toolbar: one date filter on screen, not two. */}
          <FilterPanel
            dataset={dataset}
            index={x.index}
            filters={state.filters}
            onChange={x.setFilters}
            dates={list}
          />
        </PanelBoundary>
      </Panel>

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

      {list ? (
        <Panel id="panel-list" label="Event list" className="panel panel-list">
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
        </Panel>
      ) : (
        <>
          <Panel id="panel-timeline" label="Timeline" className="panel panel-timeline" panelRef={timelineRef}>
            <h2>Timeline</h2>
            <PanelBoundary name="the timeline" resetKey={state.filters}>
              {empty ? noResults : <Timeline {...deriveTimelineProps(x)} />}
            </PanelBoundary>
          </Panel>
          <Panel id="panel-map" label="Map" className="panel panel-map">
            <h2>Map</h2>
            <PanelBoundary name="the map" resetKey={state.filters}>
              <LazyMapView {...deriveMapProps(x)} />
            </PanelBoundary>
          </Panel>
        </>
      )}

      <section ref={detailsRef} aria-label="Details" className="panel panel-details">
        <PanelBoundary name="the details" resetKey={`${state.selected}|${state.reader?.sentence}`}>
          <Details x={x} onClose={returnFocus} />
        </PanelBoundary>
      </section>
    </main>
  );
}

/** A named region the skip links can jump to. */
function Panel(props: {
  id: string;
  label: string;
  className: string;
  children: ReactNode;
  panelRef?: RefObject<HTMLElement | null>;
}) {
  return (
    <section ref={props.panelRef} id={props.id} aria-label={props.label} className={props.className}>
      {props.children}
    </section>
  );
}
