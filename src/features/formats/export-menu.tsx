import { useEffect, useId, useRef, useState } from 'react';
import type { Dataset, NewsEvent } from '../../data/schema';
import { EXPORT_FORMAT_INFO, exportFileName, type ExportFormatInfo } from '../../formats/export-formats';
import { downloadText } from './download';
import { exporters } from './load-converters';
import './formats.css';

const LOAD_FAILED =
  'The export could not be prepared: its code did not load. Check the connection and try again.';

/** "Export" disclosure: downloads the events in the current (filtered) view in one of four formats. */
export function ExportMenu({ dataset, events }: { dataset: Dataset; events: NewsEvent[] }) {
  const [open, setOpen] = useState(false);
  // Only while the writers load on a first export that came before the warm-up finished.
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
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
    setFailed(false);
    toggle.current?.focus();
  };
  const save = (format: ExportFormatInfo) => {
    const write = (writers: NonNullable<typeof exporters.loaded>) => {
      const text = writers.EXPORT_WRITERS[format.id](dataset, events);
      downloadText(text, exportFileName(dataset, format), format.mimeType);
      close();
    };
    if (exporters.loaded) return write(exporters.loaded);
    setPending(true);
    setFailed(false);
    exporters
      .load()
      .then(write, () => setFailed(true))
      .finally(() => setPending(false));
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
        onPointerEnter={exporters.warm}
        onClick={() => {
          exporters.warm(); // the writers load while the reader picks a format
          setOpen((o) => !o);
        }}
      >
        Export
      </button>
      <div
        id={panelId}
        className="export-menu-panel"
        role="group"
        aria-label={open ? `Export ${count}` : 'Export'}
        aria-busy={pending}
        hidden={!open}
      >
        {/* Filled only while open: closed, every filter click would rewrite it for nothing. */}
        {open && (
          <>
            <p className="export-menu-note">
              {events.length
                ? `The ${count} in the current view.`
                : 'No events match the filters: nothing to export.'}
            </p>
            <ul>
              {EXPORT_FORMAT_INFO.map((format) => (
                <li key={format.id}>
                  <button type="button" disabled={!events.length || pending} onClick={() => save(format)}>
                    <span className="export-menu-label">{format.label}</span>
                    <span className="export-menu-hint">{format.hint}</span>
                  </button>
                </li>
              ))}
            </ul>
            {failed && (
              <p className="export-menu-error" role="alert">
                {LOAD_FAILED}
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
