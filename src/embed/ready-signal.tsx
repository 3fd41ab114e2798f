/**
 * Mounted next to the panel inside its Suspense boundary, so its effect runs
 * once the panel (and its lazy chunk) is on screen: the moment to start
 * reporting heights. Until then the iframe keeps its initial height instead
 * of shrinking to a loading skeleton and growing again under the reader's eyes.
 */
import { useEffect } from 'react';

export function ReadySignal({ onReady }: { onReady(): void }) {
  useEffect(() => onReady(), [onReady]);
  return null;
}
