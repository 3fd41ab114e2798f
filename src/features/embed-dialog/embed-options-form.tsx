/** The embed options as form controls (each one labelled). */
import { useId } from 'react';
import { PANELS, PANEL_LABELS, type Panel, type Theme } from '../../state/embed-options';
import type { EmbedForm } from './embed-form';

const DEFAULT_ACCENT = '#0b5cad';

export function EmbedOptionsForm({ value, onChange }: { value: EmbedForm; onChange(next: EmbedForm): void }) {
  const id = useId();
  const set = (patch: Partial<EmbedForm>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="embed-options">
      <legend>Panel and options</legend>
      <label htmlFor={`${id}-panel`}>Panel</label>
      <select
        id={`${id}-panel`}
        autoFocus
        value={value.panel}
        onChange={(e) => set({ panel: e.target.value as Panel })}
      >
        {PANELS.map((p) => (
          <option key={p} value={p}>
            {PANEL_LABELS[p]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-theme`}>Theme</label>
      <select
        id={`${id}-theme`}
        value={value.theme}
        onChange={(e) => set({ theme: e.target.value as Theme })}
      >
        <option value="auto">Automatic</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
      <label className="embed-check">
        <input
          type="checkbox"
          checked={value.accent !== undefined}
          onChange={(e) => set({ accent: e.target.checked ? DEFAULT_ACCENT : undefined })}
        />
        Custom accent colour
      </label>
      {value.accent !== undefined && (
        <input
          type="color"
          aria-label="Accent colour"
          value={value.accent}
          onChange={(e) => set({ accent: e.target.value })}
        />
      )}
      <label className="embed-check">
        <input
          type="checkbox"
          checked={value.transparent}
          onChange={(e) => set({ transparent: e.target.checked })}
        />
        Transparent background
      </label>
      <label className="embed-check">
        <input
          type="checkbox"
          checked={value.controls}
          onChange={(e) => set({ controls: e.target.checked })}
        />
        Show controls
      </label>
      <label htmlFor={`${id}-height`}>Panel height in pixels (empty: automatic)</label>
      <input
        id={`${id}-height`}
        type="number"
        min={120}
        max={4000}
        step={10}
        value={value.height ?? ''}
        onChange={(e) => set({ height: e.target.value ? Number(e.target.value) : undefined })}
      />
      <label htmlFor={`${id}-group`}>Link group</label>
      <input
        id={`${id}-group`}
        type="text"
        aria-describedby={`${id}-group-hint`}
        value={value.group}
        onChange={(e) => set({ group: e.target.value.replace(/[^\w.-]/g, '').slice(0, 64) })}
      />
      <p id={`${id}-group-hint`} className="embed-hint-text">
        Panels with the same group on one page stay in sync: a topic chosen in one filters the others.
      </p>
    </fieldset>
  );
}
