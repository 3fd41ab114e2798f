/** Names the Leaflet container (it is focusable: arrow keys pan, +/- zoom) and describes it. */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export function MapA11y({ label, describedBy }: { label: string; describedBy: string }) {
  const map = useMap();
  useEffect(
    function nameMapContainer() {
      const el = map.getContainer();
      el.setAttribute('role', 'region');
      el.setAttribute('aria-roledescription', 'map');
      el.setAttribute('aria-label', label);
      el.setAttribute('aria-describedby', describedBy);
    },
    [map, label, describedBy],
  );
  return null;
}
