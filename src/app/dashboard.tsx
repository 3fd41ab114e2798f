import type { Dataset } from '../data/schema';

/** The explorer's regions. The features fill them (see the explorer issue). */
export function Dashboard({ dataset }: { dataset: Dataset }) {
  return (
    <main className="app-main dashboard">
      <section aria-label="Filters" className="panel panel-filters">
        <h2>Filters</h2>
      </section>
      <section aria-label="Timeline" className="panel panel-timeline">
        <h2>Timeline</h2>
        <p>
          {dataset.events.length} events from {dataset.sources.length} articles
        </p>
      </section>
      <section aria-label="Map" className="panel panel-map">
        <h2>Map</h2>
      </section>
      <section aria-label="Details" className="panel panel-details">
        <h2>Details</h2>
      </section>
    </main>
  );
}
