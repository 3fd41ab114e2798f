import { memo, type ReactNode } from 'react';

/** What the marks mean. Swatches use the same classes as the plot, so they follow the theme. Static: memoized so zoom frames skip it. */
export const TimelineLegend = memo(function TimelineLegend({ gradient }: { gradient: string }) {
  const swatch = (children: ReactNode) => (
    <svg
      className="tl-swatch"
      width="26"
      height="14"
      viewBox="0 0 26 14"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
  return (
    <ul className="tl-legend" aria-label="Legend">
      <li className="tl-mark--held tl-mark--point">
        {swatch(<circle className="tl-dot" cx="13" cy="7" r="5" />)}
        Held, exact day
      </li>
      <li className="tl-mark--held tl-mark--fuzzy">
        {swatch(
          <rect
            className="tl-bar"
            x="1"
            y="2"
            width="24"
            height="10"
            rx="2"
            style={{ fill: `url(#${gradient}-held)`, fillOpacity: 1 }}
          />,
        )}
        Month or year only
      </li>
      <li className="tl-mark--planned tl-mark--point">
        {swatch(<circle className="tl-dot" cx="13" cy="7" r="5" />)}
        Planned
      </li>
      <li className="tl-mark--background tl-mark--point">
        {swatch(<circle className="tl-dot" cx="13" cy="7" r="5" />)}
        Background
      </li>
      <li className="tl-published">
        {swatch(<line x1="13" x2="13" y1="0" y2="14" />)}
        Publication date
      </li>
      <li>
        {swatch(<rect className="tl-legend-filter" x="1" y="1" width="24" height="12" rx="2" />)}
        Date filter
      </li>
    </ul>
  );
});
