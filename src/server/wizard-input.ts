// The untrusted arguments of wizardMeasure, wizardLoad and wizardDelete (wizardCheck and
// wizardSave check their draft field by field in objectives/validate.ts). Bad input is refused
// with a message naming the field, in the user's language.
import { canonicalObjectiveId } from '../addon/workbook/ids';
import { FieldReader, isRecord } from '../addon/objectives/fields';
import { say } from '../addon/objectives/messages';
import { fieldTexts } from '../addon/objectives/note-words';
import type { FieldNote } from '../addon/objectives/notes';
import { MAX_TEXT } from '../addon/objectives/model';
import { findScopeName, type KnownScopes } from '../addon/objectives/scopes';
import { isKpiKey, kpiEntry, SCOPE_TYPE_LIST, supportsScope } from '../addon/metrics';
import type { Frequency, KpiKey, Scope } from '../addon/metrics';
import { FREQUENCIES } from '../addon/schema';
import type { Language } from '../addon/i18n';

export interface Measuring {
  readonly kpi: KpiKey;
  readonly scope: Scope;
  readonly frequency: Frequency;
}

/** The request, or an Error whose message lists each bad field ("kpi: Choose a KPI…"). */
export function readMeasureRequest(
  input: unknown,
  scopes: () => KnownScopes,
  language: Language,
): Measuring {
  const r = new FieldReader();
  if (!isRecord(input)) throw new Error(say(language, 'draft.invalid'));
  const kpi = isKpiKey(input.kpi) ? input.kpi : r.fail('kpi', 'kpi.unknown');
  const frequency = r.choice(
    input.frequency,
    'frequency',
    FREQUENCIES.map((f) => f.key),
  );
  let scope: Scope | undefined;
  const s = input.scope;
  const type = isRecord(s)
    ? r.choice(s.type, 'scope.type', SCOPE_TYPE_LIST)
    : r.fail('scope.type', 'field.choose');
  if (type && kpi && !supportsScope(kpi, type)) {
    r.fail('scope.type', 'scope.unsupported', {
      kpi: { kpi },
      type,
      types: kpiEntry(kpi).scopes.join(', '),
    });
  } else if (type === 'company') {
    scope = { type };
  } else if (type && isRecord(s)) {
    const name = r.text(s.name, 'scope.name', MAX_TEXT);
    const known = name ? findScopeName(scopes(), type, name) : undefined;
    if (known) scope = { type, name: known };
    else if (name !== undefined) r.fail('scope.name', 'scope.unknown', { type, name });
  }
  if (!r.ok || !kpi || !frequency || !scope) throw new Error(describe(r.errors, language));
  return { kpi, scope, frequency };
}

/** An objective ID in its canonical form, or an Error. */
export function readObjectiveId(input: unknown, language: Language): string {
  const id = canonicalObjectiveId(input);
  if (!id) throw new Error(`id: ${say(language, 'id.invalid')}`);
  return id;
}

function describe(errors: Record<string, FieldNote>, language: Language): string {
  return Object.entries(fieldTexts(errors, language))
    .map(([path, message]) => `${path}: ${message}`)
    .join(' ');
}
