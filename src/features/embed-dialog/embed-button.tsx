/** The dashboard's "Embed" button: opens the embed dialog and takes focus back when it closes. */
import { useRef, useState } from 'react';
import type { ViewState } from '../../state/view-state';
import { EmbedDialog } from './embed-dialog';

export function EmbedButton({ state }: { state: ViewState }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="embed-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Embed
      </button>
      {open && (
        <EmbedDialog
          state={state}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
