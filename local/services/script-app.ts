// ScriptApp: the enums, getAuthorizationInfo (driven by LocalState's re-authorisation flag) and
// time-driven triggers stored in LocalState, owned by the user who created them, each in the
// spreadsheet it was created from, limited to 20 per user per script (for an add-on: across all
// the user's spreadsheets). With `addOnRules` (the default: this project ships as an Editor add-on) it also
// applies Google's add-on restrictions: one trigger of each type per user per document, and no
// time-driven trigger more frequent than hourly.
import type { RuntimeContext } from '../runtime/context';
import type { LocalState, StoredTrigger } from '../runtime/state';
import { SCOPES } from './access';
import { LocalClockTriggerBuilder, WEEKDAYS, type ClockSpec } from './clock-trigger-builder';
import { firstFire } from './trigger-schedule';
import { service } from './unimplemented';

type ScriptApp = GoogleAppsScript.Script.ScriptApp;
type Trigger = GoogleAppsScript.Script.Trigger;
type TriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;

export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
export const MAX_TRIGGERS_PER_USER = 20;
export const ADD_ON_ONE_CLOCK_TRIGGER =
  'Add-ons can have only one trigger of each type per user per document: this user already has a time-driven trigger in this document.';
export const ADD_ON_HOURLY =
  'Add-on time-driven triggers cannot run more often than once per hour: everyMinutes is not allowed.';

export interface ScriptAppDeps {
  state: LocalState;
  /** The spreadsheet the execution runs in (the triggers it creates belong to it). */
  documentId: string;
  addOnRules: boolean;
}

const names = <K extends string>(...keys: K[]): Record<K, K> =>
  Object.fromEntries(keys.map((k) => [k, k])) as Record<K, K>;

/** Enum values are their own names: `String(ScriptApp.AuthMode.FULL) === 'FULL'`, as at Google. */
export const ENUMS = {
  AuthMode: names('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'),
  AuthorizationStatus: names('REQUIRED', 'NOT_REQUIRED'),
  EventType: names(
    'CLOCK',
    'ON_OPEN',
    'ON_EDIT',
    'ON_FORM_SUBMIT',
    'ON_CHANGE',
    'ON_EVENT_UPDATED',
  ),
  TriggerSource: names('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'),
  InstallationSource: names('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON'),
  WeekDay: names(...WEEKDAYS),
};

const TRIGGERS = { min: 'FULL', scopes: [SCOPES.scriptApp] } as const;

export function createScriptApp(ctx: RuntimeContext, deps: ScriptAppDeps): ScriptApp {
  const { state } = deps;
  const options = { ctx, defaultAccess: TRIGGERS };

  const triggerObject = (t: StoredTrigger): Trigger => {
    const impl: Pick<
      Trigger,
      | 'getUniqueId'
      | 'getHandlerFunction'
      | 'getEventType'
      | 'getTriggerSource'
      | 'getTriggerSourceId'
    > = {
      getUniqueId: () => t.id,
      getHandlerFunction: () => t.handler,
      getEventType: () => ENUMS.EventType.CLOCK as unknown as GoogleAppsScript.Script.EventType,
      getTriggerSource: () =>
        ENUMS.TriggerSource.CLOCK as unknown as GoogleAppsScript.Script.TriggerSource,
      // Google documents null for time-driven triggers.
      getTriggerSourceId: () => null as unknown as string,
    };
    return service<Trigger>('Trigger', impl, options);
  };

  const mine = (t: StoredTrigger): boolean => t.owner.email === ctx.user.email;

  const createClock = (handler: string, spec: ClockSpec, nowMs: number): Trigger => {
    const owned = state.triggers.filter(mine);
    if (deps.addOnRules) {
      if (spec.schedule.kind === 'minutes') throw new Error(ADD_ON_HOURLY);
      if (owned.some((t) => t.documentId === deps.documentId && t.eventType === 'CLOCK'))
        throw new Error(ADD_ON_ONE_CLOCK_TRIGGER);
    }
    if (owned.length >= MAX_TRIGGERS_PER_USER) throw new Error(TOO_MANY_TRIGGERS);
    const timeZone = spec.timeZone ?? ctx.timeZone;
    const stored: StoredTrigger = {
      id: state.nextTriggerId(),
      handler,
      owner: { ...ctx.user },
      documentId: deps.documentId,
      eventType: 'CLOCK',
      schedule: spec.schedule,
      timeZone,
      createdMs: nowMs,
      nextFireMs: firstFire(spec.schedule, nowMs, timeZone),
    };
    state.triggers.push(stored);
    return triggerObject(stored);
  };

  const newTrigger = (functionName: string): TriggerBuilder => {
    const handler = String(functionName);
    const impl: Pick<TriggerBuilder, 'timeBased'> = {
      timeBased: () =>
        service<GoogleAppsScript.Script.ClockTriggerBuilder>(
          'ClockTriggerBuilder',
          new LocalClockTriggerBuilder(
            (spec, now) => createClock(handler, spec, now),
            () => ctx.clock.nowMs(),
            () => ctx.timeZone,
          ),
          options,
        ),
    };
    return service<TriggerBuilder>('TriggerBuilder', impl, options);
  };

  const impl: Pick<
    ScriptApp,
    | 'AuthMode'
    | 'AuthorizationStatus'
    | 'EventType'
    | 'TriggerSource'
    | 'InstallationSource'
    | 'WeekDay'
    | 'getAuthorizationInfo'
    | 'newTrigger'
    | 'getProjectTriggers'
    | 'getUserTriggers'
    | 'deleteTrigger'
  > = {
    ...(ENUMS as unknown as Pick<
      ScriptApp,
      | 'AuthMode'
      | 'AuthorizationStatus'
      | 'EventType'
      | 'TriggerSource'
      | 'InstallationSource'
      | 'WeekDay'
    >),
    getAuthorizationInfo: () => {
      const required = state.needsReauthorization(ctx.user.email);
      const info: Pick<
        GoogleAppsScript.Script.AuthorizationInfo,
        'getAuthorizationStatus' | 'getAuthorizationUrl'
      > = {
        getAuthorizationStatus: () =>
          (required
            ? 'REQUIRED'
            : 'NOT_REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus,
        // Google returns null when no authorisation is needed.
        getAuthorizationUrl: () =>
          (required
            ? `https://script.google.com/local/authorize?user=${encodeURIComponent(ctx.user.email)}`
            : null) as string,
      };
      return service<GoogleAppsScript.Script.AuthorizationInfo>('AuthorizationInfo', info, {
        ctx,
        defaultAccess: 'LIMITED',
      });
    },
    newTrigger,
    /**
     * "Gets all installable triggers associated with the current project and current user": for
     * an add-on, the user's triggers in every spreadsheet that uses it.
     */
    getProjectTriggers: () => state.triggers.filter(mine).map(triggerObject),
    /** "…owned by this user in the given spreadsheet, for this script or add-on only." */
    getUserTriggers: (document: unknown) => {
      const id = (document as { getId?: () => string })?.getId?.();
      if (typeof id !== 'string') throw new Error('Invalid argument: document');
      return state.triggers.filter((t) => mine(t) && t.documentId === id).map(triggerObject);
    },
    deleteTrigger: (trigger: Trigger) => {
      const id = trigger?.getUniqueId?.();
      if (typeof id !== 'string') throw new Error('Invalid argument: trigger');
      state.triggers = state.triggers.filter((t) => !(t.id === id && mine(t)));
    },
  };
  return service<ScriptApp>('ScriptApp', impl, {
    ctx,
    defaultAccess: TRIGGERS,
    access: { getAuthorizationInfo: 'LIMITED' },
  });
}
