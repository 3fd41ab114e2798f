import { useEffect, useState } from 'react';
import { applyTheme, effectiveTheme, loadThemeChoice, saveThemeChoice, type ThemeChoice } from '../lib/theme';

/** A switch between light and dark; until the reader uses it, the system preference rules. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(loadThemeChoice);
  const [, rerender] = useState(0);

  useEffect(function followSystemPreference() {
    const media = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => rerender((n) => n + 1);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);

  const dark = effectiveTheme(choice) === 'dark';
  const toggle = () => {
    const next: ThemeChoice = dark ? 'light' : 'dark';
    setChoice(next);
    saveThemeChoice(next);
    applyTheme(next);
  };

  return (
    <button type="button" className="theme-toggle" aria-pressed={dark} onClick={toggle}>
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark theme
    </button>
  );
}
