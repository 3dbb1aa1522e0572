// What every wizard call starts from: the user's language, today in the spreadsheet's time zone,
// the user, and the workbook's managed sheets (found once per call). The source data is read only
// by the calls that need it (one getValues per source sheet).
import { activeSpreadsheet, todayIn, userEmail } from '../addon/adapters/services';
import { dayOfIso } from '../addon/objectives/dates';
import type { ObjectiveSheets } from '../addon/objectives/repository';
import { knownScopes, type KnownScopes } from '../addon/objectives/scopes';
import { type Language, currentLanguage } from '../addon/i18n';
import { type Located, locateSheets } from '../addon/workbook/locate';
import { readSources, WIZARD_SHEETS, type WorkbookSnapshot } from '../addon/workbook/read-data';

export interface WizardContext {
  readonly language: Language;
  readonly todayIso: string;
  readonly today: number;
  readonly user: string;
  readonly located: Located;
  /** The source sheets and Teams, read on first use. */
  workbook(): WorkbookSnapshot;
  scopes(): KnownScopes;
}

export function openWizard(): WizardContext {
  const spreadsheet = activeSpreadsheet();
  const todayIso = todayIn(spreadsheet.getSpreadsheetTimeZone());
  const located = locateSheets(spreadsheet, WIZARD_SHEETS);
  let snapshot: WorkbookSnapshot | undefined;
  let scopes: KnownScopes | undefined;
  const workbook = () => (snapshot ??= readSources(located));
  return {
    language: currentLanguage(),
    todayIso,
    today: dayOfIso(todayIso) as number,
    user: userEmail(),
    located,
    workbook,
    scopes: () => (scopes ??= knownScopes(workbook().data, workbook().teams)),
  };
}

/** The Objectives and Alerts sheets the wizard writes, when both are set up. */
export function objectiveSheets(ctx: WizardContext): ObjectiveSheets | undefined {
  const objectives = ctx.located.get('objectives');
  const alerts = ctx.located.get('alerts');
  return objectives && alerts ? { objectives, alerts } : undefined;
}
