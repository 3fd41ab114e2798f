/** The code to copy, in the chosen dialect, with a copy button that degrades to "select and copy". */
import { useId, useRef, useState } from 'react';
import type { SnippetKind } from './snippet';

export function SnippetBox({
  kind,
  onKindChange,
  snippet,
}: {
  kind: SnippetKind;
  onKindChange(kind: SnippetKind): void;
  snippet: string;
}) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('Copied to the clipboard.');
    } catch {
      // No clipboard permission (or an insecure context): select it for the reader to copy.
      area.current?.focus();
      area.current?.select();
      setStatus('The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };

  return (
    <div className="embed-snippet">
      <fieldset className="embed-kind">
        <legend>Code for</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'script'}
            onChange={() => onKindChange('script')}
          />
          Any page (iframe + embed.js)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'pym'}
            onChange={() => onKindChange('pym')}
          />
          Pages using pym.js
        </label>
      </fieldset>
      <label htmlFor={`${id}-code`}>Embed code</label>
      <textarea id={`${id}-code`} ref={area} readOnly rows={4} value={snippet} spellCheck={false} />
      <div className="embed-copy">
        <button type="button" onClick={() => void copy()}>
          Copy code
        </button>
        <p role="status">{status}</p>
      </div>
    </div>
  );
}
