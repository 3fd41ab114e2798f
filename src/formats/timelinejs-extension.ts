/**
 * What our TimelineJS export adds so that export → import loses nothing.
 * TimelineJS3 ignores unknown keys, so the file still opens there; plain
 * TimelineJS files simply do not have these keys.
 */
import { z } from 'zod';
import { eventKind, eventStatus, person, place, precision, topic } from '../data/schema';

/** The key, on the timeline object and on each slide. */
export const EXTENSION_KEY = 'news_explorer';

export const timelineExtension = z.object({
  version: z.literal(1),
  topics: z.array(topic).default([]),
  people: z.array(person.omit({ mentions: true })).default([]),
  places: z.array(place.omit({ mentions: true })).default([]),
});
export type TimelineExtension = z.infer<typeof timelineExtension>;

export const slideExtension = z.object({
  kind: eventKind.optional(),
  status: eventStatus.optional(),
  precision: precision.optional(),
  topics: z.array(z.string()).optional(),
  participants: z.array(z.string()).default([]),
  place: z.string().optional(),
  origin: z.string().optional(),
});
export type SlideExtension = z.infer<typeof slideExtension>;
