/**
 * Editorial overrides (editorial/overrides.yaml): corrections an editor makes by
 * hand, applied after extraction. An event is matched by its id or by a
 * sentence it cites (sentence ids survive re-extraction better than titles).
 * An override that matches nothing is reported, since the text or the
 * extraction changed under it and the correction may need redoing.
 */
import type { Dataset } from '../data/schema';
import type { Overrides } from './editorial';

export interface OverrideResult {
  data: Dataset;
  warnings: string[];
}

export function applyOverrides(input: Dataset, overrides: Overrides): OverrideResult {
  const warnings: string[] = [];
  let events = input.events.map((e) => ({ ...e }));
  let places = input.places.map((p) => ({ ...p }));
  let people = input.people.map((p) => ({ ...p }));

  overrides.events.forEach((o, i) => {
    const hits = events.filter(
      (e) =>
        (!o.match.id || e.id === o.match.id) &&
        (!o.match.sentence || e.evidence.some((x) => x.sentence === o.match.sentence)),
    );
    if (!hits.length) {
      warnings.push(`overrides.yaml: events[${i}] matches no event (${JSON.stringify(o.match)})`);
      return;
    }
    if (o.drop) events = events.filter((e) => !hits.includes(e));
    else for (const e of hits) Object.assign(e, o.set ?? {});
  });

  overrides.places.forEach((o, i) => {
    const hit = places.find((p) => p.id === o.match.id);
    if (!hit) return warnings.push(`overrides.yaml: places[${i}] matches no place ("${o.match.id}")`);
    if (!o.drop) return Object.assign(hit, o.set ?? {});
    places = places.filter((p) => p !== hit);
    for (const e of events) {
      if (e.place === hit.id) delete e.place;
      if (e.origin === hit.id) delete e.origin;
    }
  });

  overrides.people.forEach((o, i) => {
    const hit = people.find((p) => p.id === o.match.id);
    if (!hit) return warnings.push(`overrides.yaml: people[${i}] matches no person ("${o.match.id}")`);
    if (!o.drop) return Object.assign(hit, o.set ?? {});
    people = people.filter((p) => p !== hit);
    for (const e of events) e.participants = e.participants.filter((p) => p !== hit.id);
  });

  return { data: { ...input, events, places, people }, warnings };
}
