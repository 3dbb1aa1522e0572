// The server side of the "Review tracked KPIs…" page (RelevancePageServer of
// relevance-contract.ts): the findings still to decide, in the user's language, and the
// decisions (keep, pause, retire, restore), written under the document lock and logged. Every
// argument is untrusted: a decision names a finding the review finds now, or is refused.
import { activeUserEmail, showSidebar } from '../addon/adapters/services';
import { isKpiKey } from '../addon/metrics';
import {
  decide,
  type Decision,
  DECISIONS,
  pendingFindings,
  quarterKey,
  restore,
  withLogEntry,
} from '../addon/relevance/decisions';
import type { Finding } from '../addon/relevance/findings';
import { findingsOf, readReviewSources } from '../addon/relevance/review';
import { readReview, writeDecisions } from '../addon/relevance/store';
import { findingText, kpiName } from '../addon/relevance/words';
import { say, type Language, currentLanguage } from '../addon/i18n';
import { withDocumentLock } from '../addon/workbook/lock';
import { busyAnswer } from './busy';
import type { Busy } from './busy-contract';
import type { RelevanceView, RelevancePageServer } from './relevance-contract';

export function showRelevanceSidebar(): void {
  showSidebar('Relevance', say(currentLanguage(), 'relevance.title'));
}

const LOG_WORDS: Record<Language, Record<Decision | 'restore', string>> = {
  en: { keep: 'kept', pause: 'paused', retire: 'retired', restore: 'restored' },
  fr: { keep: 'gardé', pause: 'mis en pause', retire: 'retiré', restore: 'rétabli' },
};

const GONE: Record<Language, string> = {
  en: 'This finding is no longer on the list (the data changed, or someone decided it already).',
  fr: 'Ce point n’est plus dans la liste (les données ont changé, ou quelqu’un en a déjà décidé).',
};

interface Current {
  readonly language: Language;
  readonly quarter: string;
  readonly pending: Finding[];
}

function current(): Current {
  const language = currentLanguage();
  const { sources, today } = readReviewSources();
  const quarter = quarterKey(today);
  const { state } = readReview();
  const all = findingsOf(sources, today, new Set(state.retired));
  return { language, quarter, pending: pendingFindings(all, state, quarter) };
}

function view(c: Current): RelevanceView {
  const { state, log } = readReview();
  const words = LOG_WORDS[c.language];
  return {
    language: c.language,
    quarter: c.quarter,
    findings: c.pending.map((f) => ({
      id: f.id,
      kind: f.kind,
      text: findingText(f, c.language),
      canRetire: f.kpi !== undefined,
    })),
    retired: state.retired.map((kpi) => ({ kpi, name: kpiName(kpi, c.language) })),
    log: [...log]
      .reverse()
      .slice(0, 10)
      .map(
        (e) =>
          `${e.at.slice(0, 10)} ${e.by || '?'}: ${subject(e.id, c.language)} ${words[e.decision] ?? ''}`,
      ),
  };
}

/** A logged finding id ("unused:nps", "uncorrelated:calls+win_rate") or KPI key in words. */
function subject(id: string, language: Language): string {
  const cut = id.indexOf(':');
  const rest = cut < 0 ? id : id.slice(cut + 1);
  const names = rest.split('+').map((k) => (isKpiKey(k) ? kpiName(k, language) : k));
  return cut < 0 ? names.join(' / ') : `${names.join(' / ')} (${id.slice(0, cut)})`;
}

export function relevancePageInit(): RelevanceView {
  return view(current());
}

/** The change under the document lock; the Busy answer when the lock could not be had. */
function locked(language: Language, change: () => void): Busy | undefined {
  const result = withDocumentLock(change, 10_000);
  return result.ok ? undefined : busyAnswer(result.reason, language);
}

export function relevanceDecide(findingId: unknown, decision: unknown): RelevanceView | Busy {
  const c = current();
  const finding = c.pending.find((f) => f.id === findingId);
  if (!finding) throw new Error(GONE[c.language]);
  if (!DECISIONS.includes(decision as Decision) || (decision === 'retire' && !finding.kpi))
    throw new Error(GONE[c.language]);
  const refused = locked(c.language, () => {
    const { state, log } = readReview();
    const entry = { at: new Date().toISOString(), by: activeUserEmail(), id: finding.id };
    writeDecisions(
      decide(state, finding, decision as Decision, c.quarter),
      withLogEntry(log, { ...entry, decision: decision as Decision }),
    );
  });
  if (refused) return refused;
  return view({
    ...c,
    pending: c.pending.filter(
      (f) => f !== finding && !(decision === 'retire' && f.kpi === finding.kpi),
    ),
  });
}

export function relevanceRestore(kpi: unknown): RelevanceView | Busy {
  const language = currentLanguage();
  if (!isKpiKey(kpi)) throw new Error(GONE[language]);
  const refused = locked(language, () => {
    const { state, log } = readReview();
    const entry = { at: new Date().toISOString(), by: activeUserEmail(), id: kpi };
    writeDecisions(restore(state, kpi), withLogEntry(log, { ...entry, decision: 'restore' }));
  });
  return refused ?? view(current());
}

/**
 * The page's server functions, checked against RelevancePageServer by the compiler: each
 * takes at least what the page sends (untrusted input arrives as `unknown` and is checked here)
 * and returns what the page reads. src/main.ts exposes them from this object.
 */
export const RELEVANCE_SERVER = {
  relevancePageInit,
  relevanceDecide,
  relevanceRestore,
} satisfies RelevancePageServer;
