/** Types of the preload's one export (the preload is plain JavaScript, see max-rss.mjs). */
export function parseThreadCpuMs(stat: string): number | undefined;
