/**
 * Light/dark theme: the system preference unless the reader chose one.
 * Applied as `data-theme` on <html>, which theme.css reads.
 */
export type ThemeChoice = 'light' | 'dark' | 'auto';

const STORAGE_KEY = 'news-explorer:theme';

export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

export function systemTheme(): 'light' | 'dark' {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

export function effectiveTheme(choice: ThemeChoice): 'light' | 'dark' {
  return choice === 'auto' ? systemTheme() : choice;
}

export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

export function loadThemeChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'auto'; // storage blocked (e.g. third-party iframe): follow the system
  }
}

export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'auto') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}
