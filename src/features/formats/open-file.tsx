import { useCallback, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { Dataset } from '../../data/schema';
import { importers } from './load-converters';
import { ACCEPTED_FILES, describeFileError, readDatasetFile } from './read-dataset-file';
import './formats.css';

export interface OpenFileCallbacks {
  onDataset(dataset: Dataset, name: string): void;
  /** `error` is the thrown value (a DatasetError carries `detail` for the error panel). */
  onError(message: string, error?: unknown): void;
}

function useOpenDatasetFile({ onDataset, onError }: OpenFileCallbacks) {
  const [busy, setBusy] = useState(false);
  const open = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      setBusy(true);
      try {
        const dataset = await readDatasetFile(file);
        onDataset(dataset, file.name);
      } catch (err) {
        onError(describeFileError(err), err);
      } finally {
        setBusy(false);
      }
    },
    [onDataset, onError],
  );
  return { busy, open };
}

/** A button that opens the file picker; the keyboard path to what drag-and-drop does. */
export function OpenFileButton(props: OpenFileCallbacks & { label?: string }) {
  const { busy, open } = useOpenDatasetFile(props);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="open-file-button"
        aria-busy={busy}
        disabled={busy}
        title="Open a dataset, TimelineJS3 JSON or TimelineJS3 CSV from your computer. It is read here and never uploaded."
        onPointerEnter={importers.warm}
        onFocus={importers.warm}
        onClick={() => input.current?.click()}
      >
        {busy ? 'Opening…' : (props.label ?? 'Open file…')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        aria-label="Choose a file to open"
        data-testid="open-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // so picking the same file again fires another change
          void open(file);
        }}
      />
    </>
  );
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Wraps a region that accepts a dropped file; shows a hint while a file is dragged over it. */
export function FileDropZone(props: OpenFileCallbacks & { children: ReactNode; className?: string }) {
  const { open } = useOpenDatasetFile(props);
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the pointer really left.
  const depth = useRef(0);
  return (
    <div
      className={`file-drop-zone ${props.className ?? ''}`.trim()}
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setDragging(true);
        importers.warm(); // the file readers load while the file is carried over
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault(); // allows the drop
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!hasFiles(e)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault(); // otherwise the browser navigates to the file
        depth.current = 0;
        setDragging(false);
        void open(e.dataTransfer.files[0]);
      }}
    >
      {props.children}
      {dragging && (
        <div className="file-drop-overlay" aria-hidden="true">
          <p>
            Drop a dataset, TimelineJS3 JSON or CSV file to explore it here.
            <br />
            It stays on your computer.
          </p>
        </div>
      )}
    </div>
  );
}
