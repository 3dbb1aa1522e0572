// The catalogue's entries (types and lookups in catalogue.ts). The three corrective actions of
// the article's table are kept word for word in meaning: lead → opportunity conversion −10 % →
// review lead quality and qualification, coach reps; average order value −5 % → upsell and
// cross-sell campaign; NPS −10 points → in-depth satisfaction survey. The others follow the
// same spirit: the first thing a sales manager would check when that KPI falls.
// (Kept apart from catalogue.ts, which re-exports them, so the lookups stay readable; this file
// imports only types from it, so the two never depend on each other at load.)
import type { AlertDefaults, Frequency, KpiCategory, KpiEntry, KpiKey, Texts } from './catalogue';
import type { ScopeType } from './scope';

const ALL_SCOPES: readonly ScopeType[] = ['company', 'team', 'rep', 'segment'];
/** Activities carry no segment (an activity is a rep's, not an account's). */
const NO_SEGMENT: readonly ScopeType[] = ['company', 'team', 'rep'];

/** Default tracking frequency by category (the article: activity weekly, satisfaction quarterly). */
export const FREQUENCY_BY_CATEGORY: Readonly<Record<KpiCategory, Frequency>> = {
  activity: 'weekly',
  conversion: 'monthly',
  results: 'monthly',
  satisfaction: 'quarterly',
};

/** An entry as written below: what is not given is derived, or takes the usual value. */
type Spec = Omit<
  KpiEntry,
  'key' | 'frequency' | 'scopes' | 'isVolume' | 'pairs' | 'higherIsBetter'
> & {
  scopes?: readonly ScopeType[];
  pairs?: readonly KpiKey[];
  /** True unless said otherwise: only the cycle length is better lower. */
  higherIsBetter?: boolean;
};

function kpi(key: KpiKey, spec: Spec): KpiEntry {
  const pairs = spec.pairs ?? [];
  return {
    ...spec,
    key,
    frequency: FREQUENCY_BY_CATEGORY[spec.category],
    scopes: spec.scopes ?? ALL_SCOPES,
    higherIsBetter: spec.higherIsBetter ?? true,
    isVolume: pairs.length > 0,
    pairs,
  };
}

const t = (en: string, fr: string): Texts => ({ en, fr });
const down = (
  mode: AlertDefaults['mode'],
  threshold: number,
  minVolume: number,
  action: Texts,
): AlertDefaults => ({ mode, threshold, direction: 'down', minVolume, action });

/**
 * A Pipeline stage converting to the next: KPI_CONVERSION's formula, a rate, whose alert is a
 * 10 % relative drop over at least `minVolume` deals, with its own corrective action.
 */
const stageConversion = ({
  minVolume,
  action,
  ...spec
}: Omit<Spec, 'explainFunction' | 'category' | 'unit' | 'alert'> & {
  minVolume: number;
  action: Texts;
}): Spec => ({
  ...spec,
  explainFunction: 'KPI_CONVERSION',
  category: 'conversion',
  unit: 'rate',
  alert: down('relative', 0.1, minVolume, action),
});

export const KPI_ENTRIES: readonly KpiEntry[] = [
  // --- Activity (Activities sheet, by Date) -------------------------------------------------
  kpi('calls', {
    name: t('Calls', 'Appels'),
    definition: t(
      'Number of calls logged in Activities (type Call) in the period.',
      'Nombre d’appels enregistrés dans Activités (type Appel) sur la période.',
    ),
    category: 'activity',
    unit: 'count',
    pairs: ['lead_to_opportunity', 'opportunity_to_proposal'],
    alert: down(
      'relative',
      0.2,
      20,
      t(
        'Check the rep’s agenda and call lists; block calling time, and coach call openings if few calls connect.',
        'Vérifier l’agenda et les listes d’appels du commercial ; réserver des plages d’appels, et travailler les accroches si peu d’appels aboutissent.',
      ),
    ),
    goals: ['marketShare', 'revenue'],
    volume: t('calls', 'appels'),
    scopes: NO_SEGMENT,
  }),
  kpi('emails', {
    name: t('Emails', 'E-mails'),
    definition: t(
      'Number of emails logged in Activities (type Email) in the period.',
      'Nombre d’e-mails enregistrés dans Activités (type Email) sur la période.',
    ),
    category: 'activity',
    unit: 'count',
    pairs: ['lead_to_opportunity'],
    alert: down(
      'relative',
      0.2,
      20,
      t(
        'Review the email sequences and templates, refresh the target lists, and block time for follow-ups.',
        'Revoir les séquences et modèles d’e-mails, actualiser les listes de cibles et réserver du temps pour les relances.',
      ),
    ),
    goals: ['marketShare', 'revenue'],
    volume: t('emails', 'e-mails'),
    scopes: NO_SEGMENT,
  }),
  kpi('meetings', {
    name: t('Meetings held', 'Rendez-vous tenus'),
    definition: t(
      'Number of meetings held in the period (Activities of type Meeting, except those rescheduled or no-show).',
      'Nombre de rendez-vous tenus sur la période (activités de type Rendez-vous, hors reportés et absents).',
    ),
    category: 'activity',
    unit: 'count',
    pairs: ['opportunity_to_proposal', 'win_rate'],
    alert: down(
      'relative',
      0.2,
      5,
      t(
        'Review how calls turn into meetings; confirm meetings the day before to cut no-shows; coach reps on booking the next step.',
        'Analyser comment les appels deviennent des rendez-vous ; confirmer la veille pour réduire les absences ; entraîner les commerciaux à fixer l’étape suivante.',
      ),
    ),
    goals: ['marketShare', 'revenue', 'shorterCycle'],
    volume: t('meetings', 'rendez-vous'),
    scopes: NO_SEGMENT,
  }),
  kpi('significant_interactions', {
    name: t('Significant interactions', 'Interactions significatives'),
    definition: t(
      'Points of the activities in the period by KPI_INTERACTION_SCORE’s default rules: a call of 15 minutes or more, an email with a positive reply, a webinar attended (1 point each).',
      'Points des activités de la période selon les règles par défaut de KPI_INTERACTION_SCORE : un appel de 15 minutes ou plus, un e-mail avec réponse positive, un webinaire suivi (1 point chacun).',
    ),
    explainFunction: 'KPI_INTERACTION_SCORE',
    category: 'activity',
    unit: 'score',
    // Quality-weighted, yet still a volume (calls can be stretched past 15 minutes).
    pairs: ['lead_to_opportunity', 'win_rate'],
    alert: down(
      'relative',
      0.15,
      50,
      t(
        'Coach reps on quality conversations: longer discovery calls, personalised emails, follow-up after webinars.',
        'Accompagner les commerciaux vers des échanges de qualité : appels de découverte plus longs, e-mails personnalisés, relance après les webinaires.',
      ),
    ),
    goals: ['marketShare', 'revenue', 'satisfaction'],
    volume: t('activities', 'activités'),
    scopes: NO_SEGMENT,
  }),

  // --- Conversion (Pipeline sheet) ------------------------------------------------------------
  kpi(
    'lead_to_opportunity',
    stageConversion({
      name: t('Lead → opportunity conversion', 'Conversion lead → opportunité'),
      definition: t(
        'Share of the leads created in the period (Pipeline, Lead date) that became opportunities (an Opportunity date).',
        'Part des leads créés sur la période (Pipeline, Date lead) devenus des opportunités (une Date opportunité).',
      ),
      minVolume: 30,
      action: t(
        'Review lead quality and the qualification criteria; coach the reps.',
        'Analyser la qualité des leads et les critères de qualification ; former les commerciaux.',
      ),
      goals: ['marketShare', 'revenue', 'profitability'],
      volume: t('leads', 'leads'),
    }),
  ),
  kpi(
    'opportunity_to_proposal',
    stageConversion({
      name: t('Opportunity → proposal conversion', 'Conversion opportunité → proposition'),
      definition: t(
        'Share of the opportunities opened in the period (Pipeline, Opportunity date) that received a proposal (a Proposal date).',
        'Part des opportunités ouvertes sur la période (Pipeline, Date opportunité) qui ont reçu une proposition (une Date proposition).',
      ),
      minVolume: 20,
      action: t(
        'Review discovery on the open opportunities (needs, budget, decision makers); coach reps on needs analysis.',
        'Revoir la découverte sur les opportunités ouvertes (besoins, budget, décideurs) ; former les commerciaux à l’analyse des besoins.',
      ),
      goals: ['marketShare', 'revenue', 'shorterCycle'],
      volume: t('opportunities', 'opportunités'),
    }),
  ),
  kpi('win_rate', {
    name: t('Win rate', 'Taux de réussite'),
    definition: t(
      'Deals won / (won + lost) among the deals closed in the period (Pipeline, Won date or Lost date).',
      'Affaires gagnées / (gagnées + perdues) parmi les affaires conclues sur la période (Pipeline, Date gagnée ou Date perdue).',
    ),
    explainFunction: 'KPI_WIN_RATE',
    category: 'conversion',
    unit: 'rate',
    alert: down(
      'relative',
      0.1,
      20,
      t(
        'Run a win/loss review of the lost deals (price, competitor, lost reasons); strengthen proposals and negotiation coaching.',
        'Analyser les affaires perdues (prix, concurrent, motifs de perte) ; renforcer les propositions et la formation à la négociation.',
      ),
    ),
    goals: ['marketShare', 'revenue', 'profitability'],
    volume: t('closed deals', 'affaires conclues'),
  }),
  kpi('cycle_days', {
    name: t('Sales cycle length', 'Durée du cycle de vente'),
    definition: t(
      'Median days from Lead date to Won date of the deals won in the period (Pipeline, Won date).',
      'Médiane des jours entre Date lead et Date gagnée des affaires gagnées sur la période (Pipeline, Date gagnée).',
    ),
    explainFunction: 'KPI_CYCLE_DAYS',
    category: 'conversion',
    unit: 'days',
    higherIsBetter: false,
    alert: {
      mode: 'relative',
      threshold: 0.15,
      direction: 'up',
      minVolume: 10,
      action: t(
        'Find the stage where deals stall, remove approval blockers, and qualify budget and timing earlier.',
        'Identifier l’étape où les affaires stagnent, lever les blocages de validation, et qualifier budget et calendrier plus tôt.',
      ),
    },
    goals: ['shorterCycle', 'revenue'],
    volume: t('won deals', 'affaires gagnées'),
  }),

  // --- Results (Orders and Customers sheets) --------------------------------------------------
  kpi('revenue', {
    name: t('Revenue', 'Chiffre d’affaires'),
    definition: t(
      'Sum of the amounts of the orders dated in the period (Orders: first and repeat orders).',
      'Somme des montants des commandes datées de la période (Commandes : premières commandes et réachats).',
    ),
    category: 'results',
    unit: 'currency',
    alert: down(
      'relative',
      0.1,
      10,
      t(
        'Check pipeline coverage and the forecast; reactivate dormant customers; focus reps on the deals closing this period.',
        'Vérifier la couverture du pipeline et les prévisions ; relancer les clients inactifs ; concentrer les commerciaux sur les affaires à conclure sur la période.',
      ),
    ),
    goals: ['revenue', 'marketShare'],
    volume: t('orders', 'commandes'),
  }),
  kpi('aov', {
    name: t('Average order value', 'Panier moyen'),
    definition: t(
      'Mean amount of the orders dated in the period (Orders).',
      'Montant moyen des commandes datées de la période (Commandes).',
    ),
    explainFunction: 'KPI_AOV',
    category: 'results',
    unit: 'currency',
    alert: down(
      'relative',
      0.05,
      20,
      t(
        'Launch an upsell and cross-sell campaign.',
        'Lancer une campagne de montée en gamme et de ventes croisées.',
      ),
    ),
    goals: ['revenue', 'profitability'],
    volume: t('orders', 'commandes'),
  }),
  kpi('gross_margin', {
    name: t('Gross margin rate', 'Taux de marge brute'),
    definition: t(
      '(Σ amount − Σ cost) / Σ amount of the orders dated in the period (Orders).',
      '(Σ montant − Σ coût) / Σ montant des commandes datées de la période (Commandes).',
    ),
    explainFunction: 'KPI_GROSS_MARGIN',
    category: 'results',
    unit: 'rate',
    // 3 margin points (the rate is a fraction, so points are hundredths).
    alert: down(
      'points',
      0.03,
      20,
      t(
        'Review the discounts granted and the pricing; check cost increases and the product mix.',
        'Revoir les remises accordées et la tarification ; vérifier la hausse des coûts et le mix produit.',
      ),
    ),
    goals: ['profitability'],
    volume: t('orders', 'commandes'),
  }),
  kpi('new_customers', {
    name: t('New customers', 'Nouveaux clients'),
    definition: t(
      'Number of customers acquired in the period (Customers, Acquired date).',
      'Nombre de clients acquis sur la période (Clients, Date d’acquisition).',
    ),
    category: 'results',
    unit: 'count',
    alert: down(
      'relative',
      0.2,
      5,
      t(
        'Step up prospecting and lead generation; review the lead sources and the marketing spend.',
        'Intensifier la prospection et la génération de leads ; revoir les sources de leads et les dépenses marketing.',
      ),
    ),
    goals: ['marketShare', 'revenue'],
    volume: t('new customers', 'nouveaux clients'),
  }),

  // --- Satisfaction and loyalty (Customers and Surveys sheets) --------------------------------
  kpi('retention', {
    name: t('Customer retention', 'Rétention client'),
    definition: t(
      'Share of the customers active at the start of the period (acquired before it, not churned) who have not churned by its end (Customers).',
      'Part des clients actifs au début de la période (acquis avant, non partis) qui ne sont pas partis à sa fin (Clients).',
    ),
    explainFunction: 'KPI_RETENTION',
    category: 'satisfaction',
    unit: 'rate',
    alert: down(
      'points',
      0.02,
      30,
      t(
        'Call the customers at risk, hold account reviews with customer success, and check why customers left.',
        'Appeler les clients à risque, organiser des revues de compte avec le service client, et analyser les raisons des départs.',
      ),
    ),
    goals: ['retention', 'profitability'],
    volume: t('customers at the start', 'clients au début'),
  }),
  kpi('referral_rate', {
    name: t('Referral rate', 'Taux de recommandation'),
    definition: t(
      'Share of the customers acquired in the period whose Source is a referral (Customers).',
      'Part des clients acquis sur la période dont la Source est une recommandation (Clients).',
    ),
    explainFunction: 'KPI_REFERRAL_RATE',
    category: 'satisfaction',
    unit: 'rate',
    alert: down(
      'relative',
      0.2,
      20,
      t(
        'Ask satisfied customers (promoters) for introductions; launch or refresh a referral programme.',
        'Solliciter les clients satisfaits (promoteurs) pour des mises en relation ; lancer ou relancer un programme de parrainage.',
      ),
    ),
    goals: ['marketShare', 'satisfaction', 'retention'],
    volume: t('new customers with a source', 'nouveaux clients avec une source'),
  }),
  kpi('nps', {
    name: t('Net Promoter Score', 'Net Promoter Score (NPS)'),
    definition: t(
      'NPS of the survey answers of kind NPS dated in the period (Surveys): % promoters (9–10) − % detractors (0–6).',
      'NPS des réponses d’enquête de type NPS datées de la période (Enquêtes) : % promoteurs (9–10) − % détracteurs (0–6).',
    ),
    explainFunction: 'KPI_NPS',
    category: 'satisfaction',
    unit: 'points',
    alert: down(
      'points',
      10,
      30,
      t(
        'Run an in-depth satisfaction survey and call back the detractors.',
        'Mener une enquête de satisfaction approfondie et rappeler les détracteurs.',
      ),
    ),
    goals: ['satisfaction', 'retention'],
    volume: t('NPS answers', 'réponses NPS'),
  }),
  kpi('csat', {
    name: t('Customer satisfaction (CSAT)', 'Satisfaction client (CSAT)'),
    definition: t(
      'Share of the CSAT answers (1 to 5) dated in the period that score 4 or 5 (Surveys).',
      'Part des réponses CSAT (1 à 5) datées de la période qui notent 4 ou 5 (Enquêtes).',
    ),
    explainFunction: 'KPI_CSAT',
    category: 'satisfaction',
    unit: 'rate',
    // 5 points of the top-two share.
    alert: down(
      'points',
      0.05,
      30,
      t(
        'Read the low scores and their comments, fix the service issues they point to, and follow up with those customers.',
        'Lire les notes basses et leurs commentaires, corriger les problèmes de service signalés, et recontacter ces clients.',
      ),
    ),
    goals: ['satisfaction', 'retention'],
    volume: t('CSAT answers', 'réponses CSAT'),
  }),
];
