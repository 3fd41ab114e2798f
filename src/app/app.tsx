import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { ErrorPanel, LoadingSkeleton } from '../lib/dataset-status';
import { Dashboard } from './dashboard';
import { ThemeToggle } from './theme-toggle';

export function App() {
  const query = useQuery(datasetQuery());
  return (
    <div className="app">
      <header className="app-header">
        <h1>News Event Explorer</h1>
        <div className="header-actions">
          <ThemeToggle />
        </div>
      </header>
      {query.isPending ? (
        <main className="app-main">
          <LoadingSkeleton />
        </main>
      ) : query.isError ? (
        <main className="app-main">
          <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        </main>
      ) : (
        <Dashboard dataset={query.data} />
      )}
    </div>
  );
}
