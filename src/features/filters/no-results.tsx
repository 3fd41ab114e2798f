import './filters.css';

/** Shown in place of a view when the filters leave nothing to show. */
export function NoResults({ onClear }: { onClear(): void }) {
  return (
    <div className="flt-no-results" role="status">
      <p>No events match these filters.</p>
      <button type="button" onClick={onClear}>
        Clear all filters
      </button>
    </div>
  );
}
