/** Names the Leaflet container (it is focusable: arrow keys pan, +/- zoom) and describes it. */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export function MapA11y({ label, describedBy }: { label: string; describedBy: string }) {
  const map = useMap();
  useEffect(
    function nameMapContainer() {
      const el = map.getContainer();
      // The label changes with the filters: leave the other attributes alone then.
      const set = (name: string, value: string) => {
        if (el.getAttribute(name) !== value) el.setAttribute(name, value);
      };
      set('role', 'region');
      set('aria-roledescription', 'map');
      set('aria-label', label);
      set('aria-describedby', describedBy);
    },
    [map, label, describedBy],
  );
  return null;
}
