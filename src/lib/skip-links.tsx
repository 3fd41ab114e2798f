/**
 * "Skip to …" links, the first stops for a keyboard user: hidden until one of
 * them has focus, then shown over the top of the page. A link moves focus into
 * its target region (and scrolls to it) without touching the URL's hash.
 */
import type { MouseEvent } from 'react';

export interface SkipTarget {
  /** The id of the element to focus. */
  id: string;
  label: string;
}

function focusTarget(e: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  e.preventDefault();
  // Focusable by script for this visit only, so clicks inside the region do not focus it later.
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus({ preventScroll: true });
  target.scrollIntoView?.({ block: 'nearest' });
}

export function SkipLinks({ targets }: { targets: SkipTarget[] }) {
  return (
    <nav className="skip-links" aria-label="Skip links">
      <ul>
        {targets.map((t) => (
          <li key={t.id}>
            <a href={`#${t.id}`} onClick={(e) => focusTarget(e, t.id)}>
              Skip to {t.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
