import './list.css';

type View = 'chart' | 'list';

/** Chart (timeline + map) or list: a two-button toggle. */
export function ViewSwitch({ view, onChange }: { view: View; onChange(view: View): void }) {
  return (
    <div className="evl-view-switch" role="group" aria-label="View">
      {(['chart', 'list'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => view !== v && onChange(v)}>
          {v === 'chart' ? 'Timeline & map' : 'List'}
        </button>
      ))}
    </div>
  );
}
