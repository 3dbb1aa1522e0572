// A CRM's pipeline stages → the funnel's five stage dates. Two inputs: stage-entry columns
// (HubSpot's "Date entered [stage]" properties, one per stage of each pipeline, exported as
// 'Date entered "Contract Sent (Sales Pipeline)"': https://knowledge.hubspot.com/properties/stage-calculated-properties),
// and the deal's current stage name. Names are matched by a few words in English and French
// (HubSpot's default stages: Appointment scheduled … Closed won / Closed lost; Pipedrive's: Lead
// In, Contact Made, Demo Scheduled, Proposal Made, Negotiations Started; Salesforce's:
// Prospecting … Proposal/Price Quote, Negotiation/Review, Closed Won, Closed Lost), and the page
// shows the result so the user can change any of it. Pure.
import { headerKey } from './sources';
import type { FunnelStage } from './roles';

const ENTERED = [
  /^date entered\s+(.+)$/i,
  /^date d['’]entr[ée]e (?:dans|[àa]) (?:l['’][ée]tape |la phase )?(.+)$/i,
  /^entered stage[:\s]+(.+)$/i,
];

/** The stage a stage-entry header is about ("Contract Sent"), or undefined for other headers. */
export function enteredStageOf(header: string): string | undefined {
  const text = header.replace(/\s+/g, ' ').trim();
  for (const pattern of ENTERED) {
    const m = pattern.exec(text);
    if (m) return stripPipeline(m[1]) || undefined;
  }
  return undefined;
}

/** "Contract Sent (Sales Pipeline)" → "Contract Sent". */
function stripPipeline(stage: string): string {
  return stage
    .replace(/["“”']/g, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
}

// Checked in order: the closed stages first ("Closed won" holds no other stage's word).
const WORDS: readonly (readonly [FunnelStage, RegExp])[] = [
  ['lost', /\b(lost|perdu|perdue|closedlost|lose)\b/],
  ['won', /\b(won|gagne|gagnee|closedwon|signed|signe)\b/],
  [
    'proposal',
    /\b(proposal|quote|contract|contractsent|negotiat\w*|devis|proposition|contrat|negociation)\b/,
  ],
  [
    'opportunity',
    /\b(qualif\w*|qualifiedtobuy|demo|needs|discovery|presentation\w*|opportunit\w*|decision\w*|value|analysis|perception|opportunite|besoin\w*|decideur\w*)\b/,
  ],
  [
    'lead',
    /\b(lead|new|prospect\w*|appointment\w*|contact\w*|appointmentscheduled|nouveau|piste|rendez)\b/,
  ],
];

/** The funnel stage a stage name means, by its words; undefined when none matches. */
export function funnelStageOf(stageName: string): FunnelStage | undefined {
  const words = headerKey(stageName).replace(/[^a-z0-9]+/g, ' ');
  for (const [stage, pattern] of WORDS) if (pattern.test(words)) return stage;
  return undefined;
}

/** A Pipedrive-style status ("won", "lost", "open", French too) as a closed stage. */
export function closedStatusOf(status: string): 'won' | 'lost' | undefined {
  const key = headerKey(status);
  if (/^(won|gagne|gagnee)$/.test(key)) return 'won';
  if (/^(lost|perdu|perdue)$/.test(key)) return 'lost';
  return undefined;
}
