/** A live preview of the embed, sized from its own height messages, as a newsroom page would size it. */
import { useEffect, useRef, useState } from 'react';
import { isHeightMessage } from '../../lib/embed-protocol';

export function EmbedPreview({
  url,
  title,
  onHeight,
}: {
  url: string;
  title: string;
  onHeight(height: number): void;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(320);

  useEffect(
    function listenForHeight() {
      const onMessage = (event: MessageEvent) => {
        // Only our preview's window, only our origin, only the expected shape.
        if (event.source !== frame.current?.contentWindow) return;
        if (event.origin !== window.location.origin || !isHeightMessage(event.data)) return;
        setHeight(event.data.height);
        onHeight(event.data.height);
      };
      window.addEventListener('message', onMessage);
      return () => window.removeEventListener('message', onMessage);
    },
    [onHeight],
  );

  return (
    <section aria-label="Preview" className="embed-preview">
      <iframe ref={frame} key={url} src={url} title={`Preview: ${title}`} scrolling="no" style={{ height }} />
    </section>
  );
}
