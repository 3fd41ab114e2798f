/**
 * How kinds and statuses read in the panel's options and in the active-filter chips
 * ("meeting" → "Meeting"). A module of its own: the chips are on every embed's start-up path,
 * the panel's option lists (and their counting) are not.
 */
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const kindLabel = capitalize;
export const statusLabel = capitalize;
