// SKELETON: the filters/state engineer replaces this with the full implementation.
import { useCallback, useEffect, useState } from 'react';
import { parseState, serializeState, type ViewState } from './view-state';

export function useViewState(): [
  ViewState,
  (next: ViewState | ((s: ViewState) => ViewState), opts?: { replace?: boolean }) => void,
] {
  const [state, setState] = useState(() => parseState(new URLSearchParams(window.location.search)));
  useEffect(() => {
    const onPop = () => setState(parseState(new URLSearchParams(window.location.search)));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback(
    (next: ViewState | ((s: ViewState) => ViewState), opts?: { replace?: boolean }) => {
      setState((prev) => {
        const value = typeof next === 'function' ? next(prev) : next;
        const qs = serializeState(value).toString();
        const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
        if (opts?.replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
        return value;
      });
    },
    [],
  );
  return [state, update];
}
