/**
 * Groups annotated segments into paragraphs (blank lines separate paragraphs)
 * and, inside each paragraph, into runs that are or are not highlighted, so the
 * reader can wrap a highlighted run in one <mark>.
 */
import type { TextSegment } from './annotate-text';

export interface Run {
  highlight: boolean;
  segments: TextSegment[];
}

export interface Paragraph {
  start: number;
  end: number;
  runs: Run[];
}

/** [start, end) of each paragraph, trimmed of surrounding whitespace; empty ones dropped. */
export function paragraphRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const breaks = /\n[^\S\n]*\n\s*/g;
  let from = 0;
  const push = (a: number, b: number) => {
    const chunk = text.slice(a, b);
    const lead = chunk.length - chunk.trimStart().length;
    const trail = chunk.length - chunk.trimEnd().length;
    if (a + lead < b - trail) out.push([a + lead, b - trail]);
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** Slices a segment to [a, b), keeping its marks; undefined when nothing is left. */
function clip(seg: TextSegment, a: number, b: number): TextSegment | undefined {
  const start = Math.max(seg.start, a);
  const end = Math.min(seg.end, b);
  if (end <= start) return undefined;
  if (start === seg.start && end === seg.end) return seg;
  const offset = start - seg.start;
  return { ...seg, start, end, text: seg.text.slice(offset, offset + end - start) };
}

/**
 * Paragraphs of the annotated text. `skipHeading` drops a first paragraph that
 * only repeats the title (many articles start with their headline), since the
 * reader shows the title as its heading already (kept if it holds the highlight).
 */
export function layoutParagraphs(text: string, segments: TextSegment[], skipHeading?: string): Paragraph[] {
  let ranges = paragraphRanges(text);
  if (skipHeading && ranges.length > 1) {
    const [a, b] = ranges[0];
    const highlighted = segments.some((s) => s.highlight && s.start < b && s.end > a);
    if (!highlighted && text.slice(a, b).trim() === skipHeading.trim()) ranges = ranges.slice(1);
  }
  const paragraphs: Paragraph[] = [];
  let i = 0;
  for (const [a, b] of ranges) {
    while (i < segments.length && segments[i].end <= a) i++;
    const runs: Run[] = [];
    for (let j = i; j < segments.length && segments[j].start < b; j++) {
      const seg = clip(segments[j], a, b);
      if (!seg) continue;
      const last = runs[runs.length - 1];
      if (last && last.highlight === seg.highlight) last.segments.push(seg);
      else runs.push({ highlight: seg.highlight, segments: [seg] });
    }
    paragraphs.push({ start: a, end: b, runs });
  }
  return paragraphs;
}
