// Customers, their orders and their survey answers. A won deal makes a customer (its first order
// is the deal); a base of older customers, acquired before the window, keeps orders and surveys
// flowing from the first month. Customers churn at a monthly rate by segment, reorder at a
// segment's pace until they leave, answer an NPS survey about every six weeks and a CSAT survey
// after some orders.
//
// The dip: in the last complete month (the window's dipMonth), the DIP_TEAM's customers give far fewer 9–10 and more 0–6 answers
// (NPS about 20 points down). As for conversion, both months are drawn by quota for every team,
// so the fall does not depend on the seed and no other team falls by chance.
import { addPeriods } from '../../kpi/days';
import { SampleCalendar, nextWorkday } from './calendar';
import { Deal, SEGMENT_MIX, SEGMENT_TRAITS, SOURCE_MIX } from './pipeline';
import { DIP_TEAM, People, accountName } from './people';
import { Random, Weighted } from './random';
import { type SampleRun, startGenerator } from './run';

export interface Customer {
  readonly id: string;
  /** Position in acquisition order (ties in sorts). */
  readonly index: number;
  readonly account: string;
  readonly segment: number;
  readonly source: number;
  readonly rep: number;
  readonly team: number;
  readonly acquired: number;
  /** NaN while the customer stays. */
  readonly churned: number;
  /** The won deal, or undefined for a customer acquired before the window. */
  readonly deal: Deal | undefined;
  /** The customer's typical repeat order, and its gross margin rate. */
  readonly orderSize: number;
  readonly margin: number;
}

export interface Order {
  readonly customer: Customer;
  readonly day: number;
  readonly amount: number;
  readonly cost: number;
}

const NPS = 0;
const CSAT = 1;

export interface Survey {
  readonly customer: Customer;
  readonly day: number;
  readonly kind: typeof NPS | typeof CSAT;
  score: number;
  comment: Comment | undefined;
}

export interface Comment {
  readonly en: string;
  readonly fr: string;
}

// Monthly churn, reorder interval (days) and repeat-order size by segment (SMB, Mid, Enterprise).
const CHURN_PER_MONTH = [0.022, 0.012, 0.006];
const REORDER_DAYS = [40, 55, 70];
const ORDER_SIZE = [2_500, 8_000, 25_000];
const DAYS_PER_MONTH = 30.44;
const NPS_RESPONSE = 0.65;
const CSAT_RESPONSE = 0.3;
const COMMENT_SHARE = 0.45;

/** The customers in acquisition order: the older base first, then one per won deal. */
export function generateCustomers(run: SampleRun, deals: readonly Deal[]): Customer[] {
  const { people, legacyCount, startDay, endDay, random } = startGenerator(run, 'customers');
  const churnAfter = (segment: number, from: number, minimum: number) => {
    const months = DAYS_PER_MONTH / CHURN_PER_MONTH[segment];
    const day = nextWorkday(from + Math.max(minimum, Math.round(random.exponential(months))));
    return day <= endDay ? day : NaN;
  };
  const traits = (segment: number) => ({
    orderSize: ORDER_SIZE[segment] * random.logNormal(1, 0.3),
    margin: SEGMENT_TRAITS[segment].margin + 0.03 * random.normal(),
  });

  const legacy: Omit<Customer, 'id' | 'index'>[] = [];
  for (let j = 0; j < legacyCount; j++) {
    const segment = SEGMENT_MIX.draw(random);
    const rep = random.int(0, people.reps.length - 1);
    legacy.push({
      account: accountName(j),
      segment,
      source: SOURCE_MIX.draw(random),
      rep,
      team: people.reps[rep].team,
      acquired: nextWorkday(startDay - random.int(3, 3 * 365)),
      // Customers still with us when the window opens; their churn is memoryless from there.
      churned: churnAfter(segment, startDay, 1),
      deal: undefined,
      ...traits(segment),
    });
  }
  legacy.sort((a, b) => a.acquired - b.acquired);

  const won = deals.filter((d) => !isNaN(d.won)).sort((a, b) => a.won - b.won);
  const fromDeals: Omit<Customer, 'id' | 'index'>[] = won.map((deal) => ({
    account: deal.account,
    segment: deal.segment,
    source: deal.source,
    rep: deal.rep,
    team: deal.team,
    acquired: deal.won,
    churned: churnAfter(deal.segment, deal.won, 30),
    deal,
    ...traits(deal.segment),
  }));
  return [...legacy, ...fromDeals].map((c, i) => ({
    id: `C-${String(i + 1).padStart(5, '0')}`,
    index: i,
    ...c,
  }));
}

/** Orders in date order: each new customer's deal, then repeat orders until churn. */
export function generateOrders(run: SampleRun, customers: readonly Customer[]): Order[] {
  const { calendar, startDay, endDay, random } = startGenerator(run, 'orders');
  const orders: Order[] = [];
  for (const c of customers) {
    const last = isNaN(c.churned) ? endDay : c.churned - 1;
    if (c.deal)
      orders.push({ customer: c, day: c.acquired, amount: c.deal.amount, cost: c.deal.cost });
    const interval = REORDER_DAYS[c.segment];
    // The older base is met mid-cycle: its first order in the window falls anywhere in one interval.
    let t = c.deal ? c.acquired : startDay - random.int(0, interval);
    for (;;) {
      t += Math.round(interval * random.between(0.6, 1.4));
      let day = nextWorkday(t);
      // Summer and the year's end delay half the orders by a fortnight.
      if (day >= startDay && day <= endDay && calendar.volumeOn(day) < 0.8 && random.chance(0.5))
        day = nextWorkday(day + 14);
      if (day > last) break;
      if (day < startDay) continue;
      const amount = Math.max(100, Math.round((c.orderSize * random.logNormal(1, 0.35)) / 10) * 10);
      const margin = Math.min(0.7, Math.max(0.1, c.margin + 0.03 * random.normal()));
      orders.push({ customer: c, day, amount, cost: Math.round(amount * (1 - margin)) });
      t = day;
    }
  }
  return orders.sort((a, b) => a.day - b.day || a.customer.index - b.customer.index);
}

/** Survey answers in date order: NPS about every six weeks, CSAT after some orders. */
export function generateSurveys(
  run: SampleRun,
  customers: readonly Customer[],
  orders: readonly Order[],
): Survey[] {
  const { calendar, people, startDay, endDay, random } = startGenerator(run, 'surveys');
  const surveys: Survey[] = [];
  for (const c of customers) {
    const last = isNaN(c.churned) ? endDay : c.churned - 1;
    let t = c.deal ? c.acquired + random.int(25, 40) : startDay + random.int(0, 61);
    for (; t <= last; t += random.int(35, 45)) {
      const day = nextWorkday(t);
      if (random.chance(NPS_RESPONSE) && day >= startDay && day <= last)
        surveys.push({ customer: c, day, kind: NPS, score: NaN, comment: undefined });
    }
  }
  for (const o of orders) {
    if (!random.chance(CSAT_RESPONSE)) continue;
    const day = nextWorkday(o.day + random.int(1, 5));
    if (day <= endDay)
      surveys.push({ customer: o.customer, day, kind: CSAT, score: NaN, comment: undefined });
  }
  surveys.sort((a, b) => a.day - b.day || a.kind - b.kind || a.customer.index - b.customer.index);
  scoreSurveys(calendar, people, surveys, random);
  return surveys;
}

// Within a class, the scores: promoters 9–10, passives 7–8, detractors 0–6 (mostly 5–6).
const PROMOTER_SCORES = new Weighted([0.45, 0.55]); // 9, 10
const PASSIVE_SCORES = new Weighted([0.45, 0.55]); // 7, 8
const DETRACTOR_SCORES = new Weighted([0.03, 0.03, 0.05, 0.08, 0.12, 0.22, 0.47]); // 0 … 6
const CSAT_SCORES = new Weighted([0.03, 0.05, 0.12, 0.36, 0.44]); // 1 … 5
const PROMOTER = 2;
const PASSIVE = 1;
const DETRACTOR = 0;
/** What the dip does to the dip team's NPS classes in the dip month. */
const DIP_PROMOTERS = -0.12;
const DIP_DETRACTORS = +0.09;

function scoreSurveys(
  calendar: SampleCalendar,
  people: People,
  surveys: Survey[],
  random: Random,
): void {
  const { previousMonth, dipMonth } = calendar.window;
  const afterDip = addPeriods(dipMonth, 'month', 1);
  // NPS answers of the two measured months, by team and month, drawn by quota below.
  const groups: Survey[][] = people.teams.flatMap(() => [[], []]);
  for (const s of surveys) {
    if (s.kind === CSAT) {
      s.score = CSAT_SCORES.draw(random) + 1;
      s.comment = commentFor(s.score >= 4 ? PROMOTER : s.score === 3 ? PASSIVE : DETRACTOR, random);
    } else if (s.day >= previousMonth && s.day < afterDip) {
      groups[2 * s.customer.team + (s.day >= dipMonth ? 1 : 0)].push(s);
    } else {
      const team = people.teams[s.customer.team];
      const u = random.next();
      setNps(
        s,
        u < team.promoters ? PROMOTER : u < 1 - team.detractors ? PASSIVE : DETRACTOR,
        random,
      );
    }
  }
  groups.forEach((group, g) => {
    const teamIndex = Math.floor(g / 2);
    const team = people.teams[teamIndex];
    const dip = teamIndex === DIP_TEAM && g % 2 === 1;
    const promoters = Math.round(group.length * (team.promoters + (dip ? DIP_PROMOTERS : 0)));
    const detractors = Math.round(group.length * (team.detractors + (dip ? DIP_DETRACTORS : 0)));
    const classes = group.map((_, i) =>
      i < promoters ? PROMOTER : i < promoters + detractors ? DETRACTOR : PASSIVE,
    );
    random.shuffle(classes);
    group.forEach((s, i) => setNps(s, classes[i], random));
  });
}

function setNps(s: Survey, npsClass: number, random: Random): void {
  s.score =
    npsClass === PROMOTER
      ? 9 + PROMOTER_SCORES.draw(random)
      : npsClass === PASSIVE
        ? 7 + PASSIVE_SCORES.draw(random)
        : DETRACTOR_SCORES.draw(random);
  s.comment = commentFor(npsClass, random);
}

function commentFor(sentiment: number, random: Random): Comment | undefined {
  if (!random.chance(COMMENT_SHARE)) return undefined;
  return random.pick(COMMENTS[sentiment]);
}

/** Comments by sentiment: negative, neutral, positive (the class constants index them). */
const COMMENTS: readonly (readonly Comment[])[] = [
  [
    {
      en: 'Support took a week to answer our ticket.',
      fr: 'Le support a mis une semaine à répondre à notre ticket.',
    },
    {
      en: 'Too many bugs since the last update.',
      fr: 'Trop de bugs depuis la dernière mise à jour.',
    },
    { en: 'The price increase was not justified.', fr: "La hausse de prix n'était pas justifiée." },
    {
      en: 'We were promised features that never came.',
      fr: 'On nous a promis des fonctions jamais livrées.',
    },
    {
      en: 'Our new account manager does not know our needs.',
      fr: 'Notre nouveau chargé de compte ne connaît pas nos besoins.',
    },
    { en: 'Invoices are often wrong.', fr: 'Les factures sont souvent erronées.' },
  ],
  [
    {
      en: 'Does the job, but reporting could be richer.',
      fr: 'Fait le travail, mais le reporting pourrait être plus riche.',
    },
    {
      en: 'Good product, a bit expensive for our size.',
      fr: 'Bon produit, un peu cher pour notre taille.',
    },
    { en: 'Some features are hard to find.', fr: 'Certaines fonctions sont difficiles à trouver.' },
    {
      en: 'Fine overall; we are waiting for the mobile app.',
      fr: "Correct dans l'ensemble ; nous attendons l'application mobile.",
    },
  ],
  [
    {
      en: 'Great support team, always responsive.',
      fr: 'Support très réactif, toujours disponible.',
    },
    {
      en: 'The product saves us hours every week.',
      fr: 'Le produit nous fait gagner des heures chaque semaine.',
    },
    {
      en: 'Our account manager really understands our business.',
      fr: 'Notre chargé de compte comprend vraiment notre métier.',
    },
    {
      en: 'Smooth onboarding; the team was quickly autonomous.',
      fr: "Prise en main fluide ; l'équipe a vite été autonome.",
    },
    {
      en: 'We would recommend it to any sales team.',
      fr: 'Nous le recommandons à toute équipe commerciale.',
    },
  ],
];
