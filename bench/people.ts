/** Synthetic people for the generated datasets: plausible names, roles and countries. */
import type { Person } from '../src/data/schema';
import { Rng } from './prng';
import { slugify, type GazetteerPlace } from './gazetteer';

const GIVEN = [
  'Anna',
  'Boris',
  'Carmen',
  'Daniel',
  'Elena',
  'Farid',
  'Grace',
  'Hiroshi',
  'Ines',
  'Jonas',
  'Kemal',
  'Lucia',
  'Mateo',
  'Nadia',
  'Oliver',
  'Priya',
  'Quentin',
  'Rosa',
  'Samuel',
  'Tomoko',
  'Umar',
  'Vera',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Amara',
  'Bjorn',
  'Chen',
  'Dalia',
  'Emeka',
  'Fatima',
  'Goran',
  'Hana',
  'Ivan',
  'Joon',
];
const FAMILY = [
  'Adeyemi',
  'Bauer',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ishikawa',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quispe',
  'Rossi',
  'Sato',
  'Tanaka',
  'Ueda',
  'Varga',
  'Wong',
  'Xu',
  'Yilmaz',
  'Zhang',
  'Alvarez',
  'Becker',
  'Costa',
  'Demir',
  'Evans',
  'Ferreira',
  'Gupta',
  'Horvat',
  'Ito',
  'Kim',
];
const ROLES = [
  'Prime Minister',
  'President',
  'Foreign Minister',
  'Defense Minister',
  'Finance Minister',
  'Economy Minister',
  'Trade Minister',
  'Ambassador',
  'National Security Adviser',
  'Chancellor',
];

export type BenchPerson = Omit<Person, 'mentions'> & { countryName: string; surname: string };

/** `count` distinct people (ids are name slugs), each tied to one of `countries`. */
export function generatePeople(rng: Rng, count: number, countries: GazetteerPlace[]): BenchPerson[] {
  if (count > GIVEN.length * FAMILY.length) throw new Error(`at most ${GIVEN.length * FAMILY.length} people`);
  const seen = new Set<string>();
  const people: BenchPerson[] = [];
  while (people.length < count) {
    const given = rng.pick(GIVEN);
    const surname = rng.pick(FAMILY);
    const name = `${given} ${surname}`;
    const id = slugify(name);
    if (seen.has(id)) continue;
    seen.add(id);
    const country = rng.pick(countries);
    const role = rng.pick(ROLES);
    people.push({
      id,
      name,
      surname,
      aliases: [surname],
      role: `${role} of ${country.name}`,
      country: country.country,
      countryName: country.name,
      verified: rng.chance(0.8),
    });
  }
  return people;
}
