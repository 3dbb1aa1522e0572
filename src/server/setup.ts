// The server side of the set-up page (SetupServer of setup-contract.ts). The menu items open the
// page; the page runs the steps of setup/steps.ts one after another, each one execution under the
// document lock, and shows what each step does. A step that finds the lock held says so and the
// page offers to try again; re-running the set-up is always safe (it is idempotent).
import { dateOfDay, dayOfIsoText, today } from '../functions/values/dates';
import { isoOfDay } from '../functions/values/day-zone';
import { showModalDialog } from '../addon/adapters/services';
import { generateSampleData } from '../addon/sample-data';
import { SAMPLE_SHEET_KEYS, SCHEMA, sheetName } from '../addon/schema';
import { say, type Language, currentLanguage } from '../addon/i18n';
import { summaryLines } from '../addon/setup/summary';
import { emptySetupReport, setupWorkbook, type SetupReport } from '../addon/setup/setup';
import { setupSteps } from '../addon/setup/steps';
import { busyAnswer } from './busy';
import type { Busy } from './busy-contract';
import type {
  SetupStepReport,
  SetupStepRequest,
  SetupStepResult,
  SetupServer,
} from './setup-contract';

const EMPTY: SetupStepReport = emptySetupReport();

/** Opens the set-up page (the menu items): with or without sample data. */
export function showSetupPage(sample: boolean): void {
  const language = currentLanguage();
  showModalDialog('Setup', say(language, sample ? 'menu.setupSample' : 'menu.setup'), { sample });
}

export function setupStep(input: unknown): SetupStepResult | Busy {
  const request = parseRequest(input);
  const language = currentLanguage();
  const steps = setupSteps();
  const total = steps.length;
  const step = Math.min(Math.max(0, request.step), total - 1);
  const sampleEnd =
    request.sampleEnd ??
    // The sample ends yesterday in the spreadsheet's zone: today is still under way.
    isoOfDay(today() - 1);
  const keys = steps[step];
  const last = step === total - 1;
  const locked = setupWorkbook({
    language,
    keys,
    finish: last,
    // The sample is generated again by each step that writes some of it (it is seeded, so each
    // generation is the same), and not at all by the others.
    sample:
      request.sample && keys.some((key) => (SAMPLE_SHEET_KEYS as readonly string[]).includes(key))
        ? generateSampleData({ language, endDate: dateOfDay(dayOfIsoText(sampleEnd)!) })
        : undefined,
  });
  const base = {
    language,
    title: say(language, 'addon.title'),
    total,
    sampleEnd,
  };
  if (!locked.ok) return busyAnswer(locked.reason, language, say(language, 'setup.busy'));
  const report = merged(request.report ?? EMPTY, locked.value);
  return {
    ...base,
    label: last ? say(language, 'setup.done') : stepLabel(steps[step + 1], language),
    done: step + 1,
    next: last ? null : step + 1,
    report,
    message: last ? summaryLines(report, language) : undefined,
  };
}

function stepLabel(keys: readonly (keyof typeof SCHEMA)[], language: Language): string {
  return keys.map((key) => sheetName(key, language)).join(', ');
}

function merged(a: SetupStepReport, b: SetupReport): SetupStepReport {
  return {
    created: [...a.created, ...b.created],
    completed: [...a.completed, ...b.completed],
    unchanged: [...a.unchanged, ...b.unchanged],
    besideUserSheets: [...a.besideUserSheets, ...b.besideUserSheets],
    sampleRows: a.sampleRows + b.sampleRows,
    sampleSkipped: [...a.sampleSkipped, ...b.sampleSkipped],
  };
}

/** The page's request, checked: any page may call a top-level function with anything. */
function parseRequest(input: unknown): SetupStepRequest {
  const o = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const step = Number.isInteger(o.step) ? (o.step as number) : 0;
  const sampleEnd =
    typeof o.sampleEnd === 'string' && dayOfIsoText(o.sampleEnd) !== undefined
      ? o.sampleEnd
      : undefined;
  return { sample: o.sample === true, step, sampleEnd, report: parseReport(o.report) };
}

function parseReport(input: unknown): SetupStepReport | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const o = input as Record<string, unknown>;
  const texts = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  const list = <T>(v: unknown, each: (x: Record<string, unknown>) => T) =>
    Array.isArray(v) ? v.filter((x) => x && typeof x === 'object').map(each) : [];
  return {
    created: texts(o.created),
    completed: list(o.completed, (x) => ({ sheet: String(x.sheet), added: texts(x.added) })),
    unchanged: texts(o.unchanged),
    besideUserSheets: list(o.besideUserSheets, (x) => ({
      name: String(x.name),
      created: String(x.created),
    })),
    sampleRows: Number.isFinite(o.sampleRows) ? (o.sampleRows as number) : 0,
    sampleSkipped: texts(o.sampleSkipped),
  };
}

/**
 * The page's server functions, checked against SetupServer by the compiler: each
 * takes at least what the page sends (untrusted input arrives as `unknown` and is checked here)
 * and returns what the page reads. src/main.ts exposes them from this object.
 */
export const SETUP_SERVER = {
  setupStep,
} satisfies SetupServer;
