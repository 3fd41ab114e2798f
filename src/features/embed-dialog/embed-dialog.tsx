/**
 * Pick a panel and options, see it live, copy the code. A native modal
 * <dialog>: focus is trapped, Escape closes it, the opener gets focus back.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ViewState } from '../../state/view-state';
import { appBaseUrl, buildEmbedUrl, PANEL_LABELS } from '../../state/embed-options';
import { DEFAULT_FORM, TYPICAL_HEIGHT, type EmbedForm } from './embed-form';
import { EmbedOptionsForm } from './embed-options-form';
import { EmbedPreview } from './embed-preview';
import { SnippetBox } from './snippet-box';
import { buildSnippet } from './snippet';
import './embed-dialog.css';

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return current;
}

export function EmbedDialog({ state, onClose }: { state: ViewState; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [form, setForm] = useState<EmbedForm>(DEFAULT_FORM);
  const [measured, setMeasured] = useState<number | undefined>();

  useEffect(function openModal() {
    // Not closed in a cleanup: unmounting removes it, and a close() would fire onClose.
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const base = appBaseUrl(import.meta.env.BASE_URL, window.location.href);
  const options = { ...form, group: form.group || undefined };
  const embedUrl = buildEmbedUrl(base, state, options);
  const previewUrl = useDebounced(embedUrl, 300);
  const title = `${PANEL_LABELS[form.panel]}: news events`;
  const snippet = buildSnippet(form.kind, {
    embedUrl,
    scriptUrl: new URL('embed.js', base).href,
    title,
    height: form.height ?? measured ?? TYPICAL_HEIGHT[form.panel],
  });

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="embed-dialog-head">
        <h2 id={titleId}>Embed a panel</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <p className="embed-dialog-intro">
        The panel shows the current filters and selection. It resizes itself, loads nothing from other sites,
        and links to this explorer.
      </p>
      <div className="embed-dialog-grid">
        <EmbedOptionsForm
          value={form}
          onChange={(next) => {
            if (next.panel !== form.panel) setMeasured(undefined);
            setForm(next);
          }}
        />
        <EmbedPreview url={previewUrl} title={title} onHeight={setMeasured} />
      </div>
      <SnippetBox kind={form.kind} onKindChange={(kind) => setForm({ ...form, kind })} snippet={snippet} />
    </dialog>
  );
}
