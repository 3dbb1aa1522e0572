// The hourly alert check in two spreadsheets of one add-on project, used by the same account: an
// Editor add-on is one script project for all of a user's spreadsheets, so the user's triggers
// of both live side by side (ScriptApp.getProjectTriggers() lists them all). Each spreadsheet
// must switch its own check on and off, and clean up only its own trigger.
import { addonHarness, addonProject } from '../../../local/harness/addon-runtime';
import { actions, append, northRule, settingsOf, smallWorkbook } from '../alerts/harness';

const MANAGER = { email: 'manager@example.com', locale: 'en' };
const EDITOR = { email: 'editor@example.com', locale: 'en' };

function twoSpreadsheets() {
  const project = addonProject();
  const a = smallWorkbook({ project, id: 'sheet-a' });
  const b = smallWorkbook({ project, id: 'sheet-b' });
  append(a, 'Alerts', [northRule()]);
  append(b, 'Alerts', [northRule()]);
  const triggers = () => project.state.triggers.map((t) => [t.documentId, t.owner.email]);
  return { project, a, b, triggers };
}

test('A and B turn their hourly check on and off independently', () => {
  const { project, a, b, triggers } = twoSpreadsheets();
  a.runtime.run('setHourlyAlerts', [true]);
  b.runtime.run('setHourlyAlerts', [true]);
  // B has a trigger of its own, not A's reused.
  expect(triggers()).toEqual([
    ['sheet-a', MANAGER.email],
    ['sheet-b', MANAGER.email],
  ]);

  project.clock.advanceMinutes(61);
  const fired = project.fireDueTriggers();
  expect(fired.map((f) => [f.documentId, f.error])).toEqual([
    ['sheet-a', undefined],
    ['sheet-b', undefined],
  ]);
  expect(actions(a)).toHaveLength(1);
  expect(actions(b)).toHaveLength(1);

  // Off in B: B's trigger goes, A's stays and keeps checking.
  expect(b.runtime.run('setHourlyAlerts', [false])).toMatchObject({
    hourly: false,
    trigger: { installed: false },
  });
  expect(triggers()).toEqual([['sheet-a', MANAGER.email]]);
  expect(settingsOf(a)).toMatchObject({ hourly: true, trigger: { installed: true, mine: true } });
  project.clock.advanceMinutes(60);
  expect(project.fireDueTriggers().map((f) => [f.documentId, f.error])).toEqual([
    ['sheet-a', undefined],
  ]);
  expect(settingsOf(a).lastCheck?.at).toBe(project.clock.now().toISOString());
  expect(settingsOf(b).lastCheck?.at).not.toBe(project.clock.now().toISOString());

  // On again in B, then off in A: B's new trigger stays.
  b.runtime.run('setHourlyAlerts', [true]);
  a.runtime.run('setHourlyAlerts', [false]);
  expect(triggers()).toEqual([['sheet-b', MANAGER.email]]);
  expect(settingsOf(b)).toMatchObject({ hourly: true, trigger: { installed: true, mine: true } });
  expect(settingsOf(a)).toMatchObject({ hourly: false, trigger: { installed: false } });
});

test('the "no job enabled" clean-up removes only its own spreadsheet’s trigger', () => {
  const { project, a, b, triggers } = twoSpreadsheets();
  a.runtime.run('setHourlyAlerts', [true]);
  b.runtime.run('setHourlyAlerts', [true]);
  // Another editor of B switches B's check off: they cannot delete the manager's trigger, which
  // removes itself at its next run.
  expect(b.runtime.run('setHourlyAlerts', [false], { user: EDITOR })).toMatchObject({
    hourly: false,
    trigger: { installed: true, owner: MANAGER.email, mine: false },
  });
  expect(triggers()).toHaveLength(2);
  project.clock.advanceMinutes(61);
  expect(project.fireDueTriggers().map((f) => f.error)).toEqual([undefined, undefined]);
  expect(triggers()).toEqual([['sheet-a', MANAGER.email]]);
  expect(settingsOf(a)).toMatchObject({ hourly: true, trigger: { installed: true } });
  expect(settingsOf(b)).toMatchObject({ hourly: false, trigger: { installed: false } });
});

test('past the 20-trigger quota, counted across spreadsheets, the check stays off and says why', () => {
  const project = addonProject();
  const others = Array.from({ length: 20 }, (_, i) => addonHarness({ project, id: `other-${i}` }));
  for (const other of others) other.runtime.run('setHourlyAlerts', [true]);
  const a = smallWorkbook({ project, id: 'sheet-a' });
  expect(() => a.runtime.run('setHourlyAlerts', [true])).toThrow(
    'Your Google account already has the most triggers an add-on may hold (20, counted across all your spreadsheets).',
  );
  expect(() =>
    a.runtime.run('setHourlyAlerts', [true], { user: { ...MANAGER, locale: 'fr' } }),
  ).toThrow('Votre compte Google a déjà le nombre maximal de déclencheurs');
  expect(settingsOf(a)).toMatchObject({ hourly: false, trigger: { installed: false } });
  expect(project.state.triggers.filter((t) => t.documentId === 'sheet-a')).toEqual([]);

  // Once one is switched off elsewhere, A can have its own.
  others[0].runtime.run('setHourlyAlerts', [false]);
  expect(a.runtime.run('setHourlyAlerts', [true])).toMatchObject({
    hourly: true,
    trigger: { installed: true, mine: true },
  });
});

test('onScheduleTick runs the jobs only when this spreadsheet’s own trigger calls it', () => {
  const { project, a, b } = twoSpreadsheets();
  a.runtime.run('setHourlyAlerts', [true]);
  b.runtime.run('setHourlyAlerts', [true]);
  const [idA, idB] = project.state.triggers.map((t) => t.id);
  // From a page (google.script.run), by an editor or by the owner, with or without an id, or
  // with another spreadsheet's trigger id: nothing runs.
  a.runtime.run('onScheduleTick', [], { user: EDITOR });
  a.runtime.run('onScheduleTick', [{ triggerUid: idA }], { user: EDITOR });
  a.runtime.run('onScheduleTick', []);
  a.runtime.run('onScheduleTick', [{ triggerUid: '1234' }]);
  a.runtime.run('onScheduleTick', [{ triggerUid: idB }]);
  expect(actions(a)).toHaveLength(0);
  expect(settingsOf(a).lastCheck).toBeNull();

  project.clock.advanceMinutes(61);
  project.fireDueTriggers();
  expect(actions(a)).toHaveLength(1);
  expect(settingsOf(a).lastCheck).not.toBeNull();
});

test('a record that took another spreadsheet’s trigger shows no trigger, and switching on repairs it', () => {
  const { project, a, b, triggers } = twoSpreadsheets();
  a.runtime.run('setHourlyAlerts', [true]);
  // What a spreadsheet switched on before triggers were looked up per spreadsheet recorded: the
  // user's trigger of A.
  const recordOfA = project.state.propertyStore('document', '', 'sheet-a').get('salesKpi.trigger');
  project.state.propertyStore('document', '', 'sheet-b').set('salesKpi.trigger', recordOfA!);
  project.state.propertyStore('document', '', 'sheet-b').set('salesKpi.alerts.hourly', 'true');
  expect(settingsOf(b)).toMatchObject({ hourly: true, trigger: { installed: false } });

  b.runtime.run('setHourlyAlerts', [true]);
  expect(triggers()).toEqual([
    ['sheet-a', MANAGER.email],
    ['sheet-b', MANAGER.email],
  ]);
  a.runtime.run('setHourlyAlerts', [false]);
  expect(settingsOf(b)).toMatchObject({ hourly: true, trigger: { installed: true, mine: true } });
  project.clock.advanceMinutes(61);
  expect(project.fireDueTriggers().map((f) => [f.documentId, f.error])).toEqual([
    ['sheet-b', undefined],
  ]);
  expect(actions(b)).toHaveLength(1);
});

test('a user whose email Google hides cannot install a trigger nobody could then own', () => {
  const { a, triggers } = twoSpreadsheets();
  const hidden = { email: '', locale: 'en' };
  expect(() => a.runtime.run('setHourlyAlerts', [true], { user: hidden })).toThrow(
    /does not tell the add-on your email address/,
  );
  expect(triggers()).toEqual([]);
  expect(settingsOf(a).hourly).toBe(false);
});
