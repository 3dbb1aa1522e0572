// What "Apply alerts" tells the user (a dialog) and the hourly check records (one line): the new
// alerts with their corrective action, the recoveries, and the Alerts rows to fix, said in the
// reader's language from the report's data and notes (notes.ts). Pure.
import { describeScope, formatValue, kpiEntry, metricMessage, missingSheetError } from '../metrics';
import { longDate, periodName } from '../objectives/dates';
import type { Language } from '../i18n';
import type { ApplyReport } from './apply';
import { say } from './messages';
import { noteText } from './note-words';
import { actionIn } from '../workbook/stored-text';
import type { NewAction } from './types';
import { noDocumentMessage } from '../workbook/lock';
import { contextLine } from '../context/notes';

export function reportText(report: ApplyReport, language: Language): string {
  if (report.outcome === 'busy') return say(language, 'busy');
  if (report.outcome === 'no document') return noDocumentMessage(language);
  if (report.outcome === 'no sheets') return say(language, 'noSheets');
  const { evaluation, rules } = report;
  const lines: string[] = [];
  if (rules.length === 0 && report.ruleProblems.length === 0) lines.push(say(language, 'noRules'));
  else
    lines.push(
      say(language, rules.length === 1 ? 'checkedOne' : 'checked', {
        rules: rules.length,
        day: longDate(report.today, language),
      }),
    );
  if (evaluation.raised.length) {
    lines.push('', say(language, 'raised', { count: evaluation.raised.length }));
    for (const action of evaluation.raised)
      lines.push(actionLine(action, language, report.logLanguage));
  } else {
    lines.push('', say(language, 'nothingNew'));
  }
  lines.push(...waitingLines(report, language));
  if (evaluation.recovered.length) {
    const byId = new Map(rules.map((r) => [r.id, r]));
    const names = evaluation.recovered.map((r) => {
      const rule = byId.get(r.entry.alertId);
      return rule
        ? `${kpiEntry(rule.kpi).name[language]}, ${describeScope(rule.scope, language)}`
        : r.entry.alertId;
    });
    lines.push(say(language, 'recovered', { count: names.length, list: names.join('; ') }));
  }
  const problems = [
    ...report.sourceProblems.map((sheet) => metricMessage(missingSheetError(sheet), language)),
    ...report.ruleProblems.map((p) => noteText(p.note, language)),
    ...evaluation.problems.map((note) => noteText(note, language)),
    ...report.colourProblems.map((note) => noteText(note, language)),
  ];
  if (problems.length) {
    lines.push('', say(language, 'problems', { count: problems.length }));
    for (const problem of problems) lines.push(`• ${problem}`);
  }
  if (report.idsAssigned)
    lines.push(
      '',
      say(language, report.idsAssigned === 1 ? 'idAssigned' : 'idsAssigned', {
        count: report.idsAssigned,
      }),
    );
  return lines.join('\n');
}

/** The rules whose latest period is not judged yet (maturing or partial), and what was checked. */
function waitingLines(report: Extract<ApplyReport, { outcome: 'applied' }>, language: Language) {
  const byId = new Map(report.rules.map((r) => [r.id, r]));
  const out: string[] = [];
  for (const o of report.evaluation.outcomes) {
    const rule = byId.get(o.ruleId);
    if (!rule || !o.waiting || !o.latest || o.periodStart === undefined) continue;
    out.push(
      say(language, o.waiting === 'maturing' ? 'waitingMaturing' : 'waitingPartial', {
        kpi: kpiEntry(rule.kpi).name[language],
        scope: describeScope(rule.scope, language),
        period: periodName(o.latest.start, rule.period, language),
        days: o.latest.window,
        from: longDate(o.latest.end + o.latest.window, language),
        judged: periodName(o.periodStart, rule.period, language),
      }),
    );
  }
  return out;
}

/** One line for the hourly check's record, shown on the settings page. */
export function reportLine(report: ApplyReport, language: Language): string {
  if (report.outcome === 'busy') return say(language, 'tickBusy');
  if (report.outcome === 'no document') return say(language, 'tickNoDocument');
  if (report.outcome === 'no sheets') return say(language, 'tickNoSheets');
  const { raised, recovered, problems } = report.evaluation;
  return say(language, 'tickLine', {
    rules: report.rules.length,
    raised: raised.length,
    recovered: recovered.length,
    problems:
      report.sourceProblems.length +
      report.ruleProblems.length +
      problems.length +
      report.colourProblems.length,
  });
}

function actionLine(action: NewAction, language: Language, logLanguage: Language): string {
  const unit = kpiEntry(action.kpi).unit;
  const params = {
    kpi: kpiEntry(action.kpi).name[language],
    scope: describeScope(action.scope, language),
    previous: formatValue(action.previous, unit, language),
    current: formatValue(action.current, unit, language),
    change: signed(formatValue(action.change, action.changeIsRelative ? 'rate' : unit, language)),
    action: actionIn(action.action, language),
  };
  const line = say(language, action.kind === 'pace' ? 'paceLine' : 'raisedLine', params);
  const context = contextLine(action.context ?? [], logLanguage);
  return context ? `${line} ${context}` : line;
}

/** formatValue writes "−" for a fall; a rise gets its "+". */
function signed(text: string): string {
  return /^[−-]/.test(text) ? text : `+${text}`;
}
