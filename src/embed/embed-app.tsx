/** One panel on a page of its own: dataset loading, linked state, toolbar, the panel, the credit line. */
import { Suspense, useEffect, type CSSProperties } from 'react';
import type { Dataset } from '../data/schema';
import { useExplorer } from '../explorer/use-explorer';
import { ErrorPanel, LoadingSkeleton } from '../lib/dataset-status';
import { appBaseUrl, buildExplorerUrl, PANEL_LABELS, type EmbedOptions } from '../state/embed-options';
import { EmbedToolbar } from './embed-toolbar';
import { PanelBoundary } from '../lib/panel-boundary';
import { HAS_TOOLBAR, PANEL_COMPONENTS } from './panels/registry';
import { ReadySignal } from './ready-signal';
import { useEmbedDataset } from './use-embed-dataset';
import { useGroupSync } from './use-group-sync';

const APP_NAME = 'News Event Explorer';

interface EmbedAppProps {
  options: EmbedOptions;
  /** Called once the panel (or an error) is on screen. */
  onReady(): void;
}

export function EmbedApp({ options, onReady }: EmbedAppProps) {
  const query = useEmbedDataset();
  if (query.isPending) return <LoadingSkeleton />;
  if (!query.data)
    return (
      <>
        <ErrorPanel error={query.error} onRetry={query.retry} />
        <ReadySignal onReady={onReady} />
      </>
    );
  return <EmbedPanel dataset={query.data} options={options} onReady={onReady} />;
}

function EmbedPanel({ dataset, options, onReady }: EmbedAppProps & { dataset: Dataset }) {
  const x = useExplorer(dataset, { history: false });
  useGroupSync(options.group, x.state, x.update);
  const Panel = PANEL_COMPONENTS[options.panel];
  const label = PANEL_LABELS[options.panel];
  const title = dataset.title ? `${label}: ${dataset.title}` : `${label} of news events`;
  const explorerUrl = buildExplorerUrl(appBaseUrl(import.meta.env.BASE_URL, window.location.href), x.state);
  const style = options.height ? ({ '--embed-height': `${options.height}px` } as CSSProperties) : undefined;

  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);

  return (
    <main className="embed" data-panel={options.panel} style={style}>
      <h1 className="visually-hidden">{title}</h1>
      {options.controls && HAS_TOOLBAR[options.panel] && <EmbedToolbar x={x} />}
      <Suspense
        fallback={<LoadingSkeleton label={`Loading the ${PANEL_LABELS[options.panel].toLowerCase()}…`} />}
      >
        <PanelBoundary explorerUrl={explorerUrl}>
          <Panel x={x} options={options} />
        </PanelBoundary>
        <ReadySignal onReady={onReady} />
      </Suspense>
      <p className="embed-credit">
        <a href={explorerUrl} target="_blank" rel="noopener">
          Explore all events in the {APP_NAME}
        </a>
      </p>
    </main>
  );
}
