import { useState } from 'react';
import type { Dataset } from '../data/schema';
import { FileDropZone, OpenFileButton } from '../features/formats/open-file';
import { ErrorPanel, LoadingSkeleton } from '../lib/dataset-status';
import { getViewStore } from '../state/view-store';
import { DEFAULT_STATE, type ViewState } from '../state/view-state';
import { Dashboard, DashboardSkipLinks } from './dashboard';
import { useMapPreloadSettled } from './use-map-module';
import { ThemeToggle } from './theme-toggle';
import { useDatasetSource } from './use-dataset-source';

/**
 * Ids in the URL (filters, selection, reader, range, map) belong to the dataset they were
 * made in and mean nothing, or filter everything out, in another one; the reader's layout
 * choices (view, lanes, tiles) carry over.
 */
const freshView = (s: ViewState): ViewState => ({
  ...DEFAULT_STATE,
  view: s.view,
  lanes: s.lanes,
  tiles: s.tiles,
});

export function App() {
  const { query, local, openLocal, closeLocal } = useDatasetSource();
  const [openError, setOpenError] = useState<unknown>();

  const onDataset = (dataset: Dataset, name: string) => {
    setOpenError(undefined);
    getViewStore().update(freshView, { replace: true });
    openLocal({ dataset, name });
  };
  const onClose = () => {
    getViewStore().update(freshView, { replace: true });
    closeLocal();
  };
  const onError = (_message: string, error?: unknown) => setOpenError(error ?? new Error(_message));
  // The fetched dataset is shown once the map's chunk is here too, so all panels draw in one frame.
  const mapSettled = useMapPreloadSettled(query.data !== undefined);
  const dataset = local?.dataset ?? (mapSettled ? query.data : undefined);

  return (
    <FileDropZone className="app" onDataset={onDataset} onError={onError}>
      {dataset && <DashboardSkipLinks />}
      <header className="app-header">
        <h1>News Event Explorer</h1>
        {dataset && (
          <p className="dataset-summary">
            {local ? (
              <>
                Viewing <strong>{local.name}</strong> (opened on this computer, not uploaded) ·{' '}
                <button type="button" className="link-button" onClick={onClose}>
                  Close file
                </button>
              </>
            ) : (
              <>
                {dataset.events.length} events from {dataset.sources.length}{' '}
                {dataset.sources.length === 1 ? 'article' : 'articles'}
              </>
            )}
          </p>
        )}
        <div className="header-actions">
          <OpenFileButton onDataset={onDataset} onError={onError} />
          <ThemeToggle />
        </div>
      </header>
      {openError !== undefined && (
        <div className="open-error">
          <ErrorPanel
            title="That file could not be opened"
            error={openError}
            onDismiss={() => setOpenError(undefined)}
          />
        </div>
      )}
      {dataset ? (
        <Dashboard key={local ? `local:${local.name}` : 'remote'} dataset={dataset} embeddable={!local} />
      ) : query.isError ? (
        <main className="app-main">
          <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        </main>
      ) : (
        <main className="app-main">
          <LoadingSkeleton />
        </main>
      )}
    </FileDropZone>
  );
}
