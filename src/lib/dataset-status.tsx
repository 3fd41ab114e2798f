/** Loading skeleton and error panel shared by the dashboard and the embeds. */
import { DatasetError } from '../data/load';

export function LoadingSkeleton({ label = 'Loading the news events…' }: { label?: string }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <div className="skeleton-bar" />
      <div className="skeleton-bar short" />
      <div className="skeleton-bar" />
    </div>
  );
}

export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const message = error instanceof Error ? error.message : String(error);
  const detail = error instanceof DatasetError ? error.detail : undefined;
  return (
    <div className="error-panel" role="alert">
      <h2>The news events could not be loaded</h2>
      <p>{message}</p>
      {detail && <pre className="error-detail">{detail}</pre>}
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
