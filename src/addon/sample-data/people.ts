// Teams, their leads and reps, and account names. Names are built from short lists by formulas
// that never repeat a name within the sizes used (a numeric suffix takes over beyond them).
import { Random } from './random';

const CITIES = [
  'Paris',
  'Lyon',
  'Nantes',
  'Lille',
  'Bordeaux',
  'Toulouse',
  'Marseille',
  'Rennes',
  'Strasbourg',
  'Grenoble',
  'Montpellier',
  'Nice',
];

// 24 first names and 23 last names: (i mod 24, (i + 2·⌊i/24⌋) mod 23) is one-to-one for i < 552.
const FIRST = [
  'Camille',
  'Lucas',
  'Chloé',
  'Hugo',
  'Léa',
  'Thomas',
  'Manon',
  'Nathan',
  'Sarah',
  'Julien',
  'Emma',
  'Antoine',
  'Inès',
  'Maxime',
  'Clara',
  'Louis',
  'Zoé',
  'Karim',
  'Alice',
  'Mehdi',
  'Julie',
  'Paul',
  'Laura',
  'Samuel',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Lambert',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'Mercier',
];

// Account names: (i mod 24, (i + 2·⌊i/24⌋) mod 23) again, then a suffix per block of 552.
const ACCOUNT_A = [
  'Acme',
  'Altis',
  'Boréal',
  'Cobalt',
  'Delta',
  'Équinoxe',
  'Falcon',
  'Granit',
  'Helios',
  'Iris',
  'Jade',
  'Kappa',
  'Lumen',
  'Mistral',
  'Nova',
  'Orion',
  'Pixel',
  'Quartz',
  'Rivage',
  'Sirius',
  'Titan',
  'Ultra',
  'Vega',
  'Zenith',
];
const ACCOUNT_B = [
  'Logistics',
  'Foods',
  'Software',
  'Energy',
  'Health',
  'Retail',
  'Finance',
  'Media',
  'Robotics',
  'Textiles',
  'Consulting',
  'Labs',
  'Systems',
  'Transport',
  'Pharma',
  'Telecom',
  'Studio',
  'Industries',
  'Analytics',
  'Construction',
  'Travel',
  'Insurance',
  'Agro',
];
const ACCOUNT_SUFFIX = ['', ' Group', ' Partners', ' International', ' Services', ' Solutions'];
const BLOCK = 24 * 23;

/** The i-th name of a two-list combination, one-to-one within a block of 552. */
function pair(i: number): [number, number] {
  const k = i % BLOCK;
  return [k % 24, (k + 2 * Math.floor(k / 24)) % 23];
}

export function personName(i: number): string {
  const [f, l] = pair(i);
  const block = Math.floor(i / BLOCK);
  return `${FIRST[f]} ${LAST[l]}${block > 0 ? ` ${block + 1}` : ''}`;
}

/** first.last@example.com, in plain ASCII. */
export function emailOf(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const [first, ...rest] = ascii.split(' ');
  return `${first}.${rest.join('')}@example.com`.replace(/[^a-z0-9.@]/g, '');
}

export function accountName(i: number): string {
  // Scatter consecutive indexes over the block (217 is prime to 552), so neighbours differ.
  const k = ((i % BLOCK) * 217) % BLOCK;
  const [a, b] = pair(k);
  const block = Math.floor(i / BLOCK);
  const suffix =
    block < ACCOUNT_SUFFIX.length ? ACCOUNT_SUFFIX[block] : ` ${block - ACCOUNT_SUFFIX.length + 2}`;
  return `${ACCOUNT_A[a]} ${ACCOUNT_B[b]}${suffix}`;
}

export function teamName(i: number): string {
  const round = Math.floor(i / CITIES.length);
  return `${CITIES[i % CITIES.length]}${round > 0 ? ` ${round + 1}` : ''}`;
}

export const REPS_PER_TEAM = 4;
/** Team index of the dip (the second team, Lyon). */
export const DIP_TEAM = 1;

export interface Team {
  readonly name: string;
  readonly leadName: string;
  readonly leadEmail: string;
  /** Multiplies the lead → opportunity chance (teams qualify differently). */
  readonly conversion: number;
  /** Shares of NPS promoters and detractors among this team's customers. */
  readonly promoters: number;
  readonly detractors: number;
}

export interface Rep {
  readonly name: string;
  readonly team: number;
  /** Multiplies the rep's activity and lead volume. */
  readonly activity: number;
  /** Multiplies the rep's later-stage conversion (proposal, win). */
  readonly skill: number;
}

export interface People {
  readonly teams: readonly Team[];
  readonly reps: readonly Rep[];
  /** Rep indexes of each team. */
  readonly repsOf: readonly (readonly number[])[];
}

/** Team t holds persons 5t (its lead) and 5t+1 … 5t+4 (its reps). */
export function makePeople(teamCount: number, random: Random): People {
  const teams: Team[] = [];
  const reps: Rep[] = [];
  const repsOf: number[][] = [];
  for (let t = 0; t < teamCount; t++) {
    const leadName = personName(5 * t);
    teams.push({
      name: teamName(t),
      leadName,
      leadEmail: emailOf(leadName),
      conversion: random.between(0.94, 1.06),
      promoters: random.between(0.5, 0.56),
      detractors: random.between(0.11, 0.15),
    });
    const members: number[] = [];
    for (let r = 1; r <= REPS_PER_TEAM; r++) {
      members.push(reps.length);
      reps.push({
        name: personName(5 * t + r),
        team: t,
        activity: random.between(0.8, 1.2),
        skill: random.between(0.85, 1.15),
      });
    }
    repsOf.push(members);
  }
  return { teams, reps, repsOf };
}
