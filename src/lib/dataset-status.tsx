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

interface ErrorPanelProps {
  error: unknown;
  title?: string;
  /** Offer "Try again" (loading errors). */
  onRetry?: () => void;
  /** Offer "Dismiss" (errors that left the current data in place). */
  onDismiss?: () => void;
}

export function ErrorPanel({ error, title, onRetry, onDismiss }: ErrorPanelProps) {
  const message = error instanceof Error ? error.message : String(error);
  const detail = error instanceof DatasetError ? error.detail : undefined;
  return (
    <div className="error-panel" role="alert">
      <h2>{title ?? 'The news events could not be loaded'}</h2>
      <p>{message}</p>
      {detail && <pre className="error-detail">{detail}</pre>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
