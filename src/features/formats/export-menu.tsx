import { useEffect, useId, useRef, useState } from 'react';
import type { Dataset, NewsEvent } from '../../data/schema';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../../formats';
import { downloadText } from './download';
import './formats.css';

/** "Export" disclosure: downloads the events in the current (filtered) view in one of four formats. */
export function ExportMenu({ dataset, events }: { dataset: Dataset; events: NewsEvent[] }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const count = `${events.length} event${events.length === 1 ? '' : 's'}`;

  useEffect(
    function closeOnOutsidePointer() {
      if (!open) return;
      const onPointer = (e: PointerEvent) => {
        if (!root.current?.contains(e.target as Node)) setOpen(false);
      };
      document.addEventListener('pointerdown', onPointer);
      return () => document.removeEventListener('pointerdown', onPointer);
    },
    [open],
  );

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const save = (format: ExportFormat) => {
    downloadText(format.write(dataset, events), exportFileName(dataset, format), format.mimeType);
    close();
  };

  return (
    <div
      className="export-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Export
      </button>
      <div
        id={panelId}
        className="export-menu-panel"
        role="group"
        aria-label={`Export ${count}`}
        hidden={!open}
      >
        <p className="export-menu-note">
          {events.length
            ? `The ${count} in the current view.`
            : 'No events match the filters: nothing to export.'}
        </p>
        <ul>
          {EXPORT_FORMATS.map((format) => (
            <li key={format.id}>
              <button type="button" disabled={!events.length} onClick={() => save(format)}>
                <span className="export-menu-label">{format.label}</span>
                <span className="export-menu-hint">{format.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
