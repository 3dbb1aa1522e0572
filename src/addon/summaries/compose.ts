// Writes the summary emails of one period: each scope's model is built once (a team's, the
// company's), then rendered for each recipient in their language. Pure: the caller reads the
// sources and sends.
import { type Scope, scopesInData, type ScopesInData } from '../metrics';
import { buildSummary, type SummaryInput } from './build';
import type { SummaryModel } from './model';
import type { SummarySources } from './read';
import type { Recipient } from './recipients';
import { type RenderedEmail, renderSummary } from './render';
import { renderRepSummary } from './rep-render';
import { buildRepSummary, type RepSummaryModel } from './rep-summary';
import { type Moment, reportWindow } from './schedule';
import type { SummaryFrequency } from './settings';

export interface ComposeOptions {
  readonly frequency: SummaryFrequency;
  /** The summary's scheduled moment, and the one before it (alerts are reported since then). */
  readonly moment: Moment;
  readonly previous: Moment;
  /** Today in the spreadsheet's time zone: alerts up to today are reported. */
  readonly today: number;
  readonly spreadsheetUrl: string;
}

export class SummaryComposer {
  private readonly input: SummaryInput;
  private readonly scopes: ScopesInData;
  private readonly models = new Map<string, SummaryModel>();
  private readonly repModels = new Map<string, RepSummaryModel>();

  constructor(
    sources: SummarySources,
    private readonly options: ComposeOptions,
  ) {
    this.scopes = scopesInData(sources.data);
    this.input = {
      data: sources.data,
      scopes: this.scopes,
      objectives: sources.objectives,
      actions: sources.actions,
      frequency: options.frequency,
      window: reportWindow(options.frequency, options.moment.day),
      asOfDay: options.moment.day,
      alertsSince: options.previous.day,
      alertsTo: Math.max(options.today, options.moment.day),
      context: sources.context,
      retired: sources.retired,
    };
  }

  /** The model of a recipient's summary (built once per scope). */
  model(recipient: Recipient): SummaryModel {
    let model = this.models.get(recipient.scopeKey);
    if (!model) {
      const scope: Scope =
        recipient.kind === 'lead' ? { type: 'team', name: recipient.team! } : { type: 'company' };
      model = buildSummary(this.input, scope);
      this.models.set(recipient.scopeKey, model);
    }
    return model;
  }

  /** A rep's personal summary (built once per rep). */
  repModel(rep: string): RepSummaryModel {
    const key = `rep:${rep.trim().toLowerCase()}`;
    let model = this.repModels.get(key);
    if (!model) {
      model = buildRepSummary(this.input, rep);
      this.repModels.set(key, model);
    }
    return model;
  }

  email(recipient: Recipient): RenderedEmail {
    if (recipient.kind === 'rep')
      return renderRepSummary(
        this.repModel(recipient.name),
        recipient.language,
        this.options.spreadsheetUrl,
      );
    return renderSummary(
      this.model(recipient),
      recipient.language,
      { kind: recipient.kind, team: recipient.team },
      this.options.spreadsheetUrl,
    );
  }
}
