// Every local service except SpreadsheetApp (local/services/spreadsheet/), created for one
// execution. The loader puts them in the script's global scope, with SpreadsheetApp and
// `console` (sandbox.ts): the globals a Sheets add-on uses.
import type { RuntimeContext } from '../runtime/context';
import type { LocalState } from '../runtime/state';
import { createBigQuery, registeredBigQuery } from './bigquery';
import { createCacheService } from './cache';
import { createCharts } from './charts';
import { createHtmlService } from './html';
import type { TemplateEvaluator } from './html-template';
import { createLockService } from './lock';
import { createLogger } from './logger';
import { createMailApp } from './mail';
import { createPropertiesService } from './properties';
import { createScriptApp } from './script-app';
import { createSession } from './session';
import { createUrlFetchApp } from './url-fetch';
import { createUtilities } from './utilities';

export interface ServiceDeps {
  state: LocalState;
  /** Distinguishes executions for LockService (and releases their locks when they end). */
  executionId: number;
  documentId: string;
  /** The execution runs outside any document (getDocumentLock() returns null). */
  withoutDocument?: boolean;
  addOnRules: boolean;
  htmlFiles: Record<string, string>;
  evaluateTemplate?: TemplateEvaluator;
  scriptTimeZone: string;
  /** This execution's Logger lines. */
  log: string[];
  /** The advanced services the manifest enables (userSymbols); default none. */
  advancedServices?: readonly string[];
}

export interface LocalServices {
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  Charts: GoogleAppsScript.Charts.Charts;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  /** Only when the manifest enables it and a fake is registered (services/bigquery.ts). */
  BigQuery?: GoogleAppsScript.BigQuery;
}

export function createServices(ctx: RuntimeContext, deps: ServiceDeps): LocalServices {
  const bigQuery = registeredBigQuery(deps.state);
  const advanced =
    bigQuery && deps.advancedServices?.includes('BigQuery')
      ? { BigQuery: createBigQuery(ctx, bigQuery) }
      : {};
  return {
    ...advanced,
    PropertiesService: createPropertiesService(ctx, deps.state),
    CacheService: createCacheService(ctx, deps.state),
    LockService: createLockService(
      ctx,
      deps.state,
      deps.executionId,
      deps.withoutDocument ? null : deps.documentId,
    ),
    ScriptApp: createScriptApp(ctx, deps),
    MailApp: createMailApp(ctx, deps.state),
    HtmlService: createHtmlService(ctx, { files: deps.htmlFiles, evaluate: deps.evaluateTemplate }),
    Session: createSession(ctx, deps.scriptTimeZone),
    Utilities: createUtilities(ctx),
    Logger: createLogger(ctx, deps.log),
    Charts: createCharts(ctx),
    UrlFetchApp: createUrlFetchApp(ctx, deps.state),
  };
}
