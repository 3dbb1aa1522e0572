// Why: the demo set up with sample data takes seconds (the add-on writes 60,000 rows through the
// local runtime). A test that needs a second workbook in that same state (to add or remove rows)
// restores a copy of the first one's spreadsheet and project state instead of setting it up
// again: the same cells, formats, rules, metadata, properties and triggers, rebuilt through the
// workbook's and the state's own JSON forms (what the playground saves and reopens). The copy is
// taken before anything else runs on the original; each restore is a new, independent harness.
import { LocalWorkbook, type WorkbookJson } from '../workbook';
import { LocalState, type LocalStateJSON } from '../runtime/state';
import { addonHarness, type AddonHarness } from './addon-runtime';

/** A harness's spreadsheet and state as JSON text: nothing of it is shared with any harness. */
export interface HarnessSnapshot {
  readonly json: string;
}

interface SnapshotJson {
  workbook: WorkbookJson;
  state: LocalStateJSON;
  /** The runtime user's locale (addonHarness gives the workbook's user this locale). */
  locale: string;
}

/** The spreadsheet and project state of a harness, as they are now. */
export function snapshotHarness(h: AddonHarness): HarnessSnapshot {
  // Formulas are copied as text: custom functions would have to be registered again.
  if (h.workbook.customFunctionNames().length > 0)
    throw new Error('snapshotHarness: register custom functions after restoring, not before');
  const json: SnapshotJson = {
    workbook: h.workbook.toJSON(),
    state: h.runtime.state.toJSON(),
    locale: h.runtime.user.locale,
  };
  return { json: JSON.stringify(json) };
}

/** A new harness on a copy of the snapshot's spreadsheet and state (its clock is not set). */
export function restoreHarness(snapshot: HarnessSnapshot): AddonHarness {
  const copy = JSON.parse(snapshot.json) as SnapshotJson;
  return addonHarness({
    workbook: LocalWorkbook.fromJSON(copy.workbook),
    state: LocalState.fromJSON(copy.state),
    locale: copy.locale,
  });
}
