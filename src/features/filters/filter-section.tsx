import { useState, type ReactNode } from 'react';

const PHONE = '(max-width: 900px)';

interface Props {
  title: string;
  /** How many values of this section are selected (shown in the summary). */
  selected?: number;
  children: ReactNode;
}

/**
 * A collapsible section: open on wide screens, closed on phones unless
 * something in it is selected. The fieldset's legend names the group.
 */
export function FilterSection({ title, selected = 0, children }: Props) {
  const [open, setOpen] = useState(() => selected > 0 || !window.matchMedia?.(PHONE).matches);
  return (
    <details className="flt-section" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="flt-section-title">{title}</span>
        {selected > 0 && <span className="flt-selected">{selected} selected</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{title}</legend>
        {children}
      </fieldset>
    </details>
  );
}
