// A rep's personal summary written out (English or French) as the email's subject, HTML and plain
// text, from one list of sections so that both parts say the same. Every string placed in the
// HTML goes through escapeHtml; names appear exactly as typed in the text part. The team shows up
// only as its median: no other rep's name or row is ever written.
import { actionIn, statusIn } from '../workbook/stored-text';
import { kpiEntry } from '../metrics';
import { formatNumber } from '../metrics/format';
import { format, type Language } from '../i18n';
import {
  FONT,
  footerLines,
  NOTE,
  openButton,
  sectionTitle,
  textTable,
} from '../workbook/email-html';
import { escapeHtml, oneLine } from '../workbook/email-escape';
import { formatChange, formatDay, formatKpi, formatWindow } from './format';
import type { RenderedEmail } from './render';
import type { RepKpiLine, RepSummaryModel, RepTip } from './rep-summary';
import { statusText } from './words';

const WORDS = {
  en: {
    subject: '{rep}: your sales summary, {period}',
    title: 'Your sales summary',
    intro: '{period}, compared with {previous}. Your numbers beside the median of team {team}.',
    introNoTeam: '{period}, compared with {previous}.',
    pairsTitle: 'Activity beside conversion',
    pairsNote:
      'Read together: more activity helps when its conversion holds. The team median is the middle rep of the team; nobody is ranked.',
    activity: 'Activity',
    conversion: 'Conversion (n)',
    you: 'You',
    median: 'Team median',
    otherTitle: 'Results and satisfaction',
    kpi: 'KPI',
    previous: 'Previous',
    change: 'Change',
    objectivesTitle: 'Your objectives',
    objectiveLine: '{kpi}: {target} by {deadline}; so far {actual} ({pace})',
    tipsTitle: 'To go further',
    tipObjective: 'To reach {target} in {kpi} by {deadline}: {gap} more',
    tipPerWeek: ', about {perWeek} a week',
    tipMedian: 'To reach the team median in {kpi} ({target}): {gap} more',
    tipsNone: 'Your numbers are at or beyond the team median and on pace: keep it up.',
    actionsTitle: 'Actions on your numbers',
    actionsNote:
      'Whoever owns an action records what was done and what it gave in the Comment column of the Actions sheet.',
    date: 'Date',
    action: 'Corrective action',
    status: 'Status',
    comment: 'Comment',
    open: 'Open the spreadsheet',
    why: 'You receive this personal summary because you asked for it; it shows your own numbers only.',
    footer: 'Sent by the Sales KPI add-on.',
    maturing: 'maturing',
    partial: 'partial',
  },
  fr: {
    subject: '{rep} : votre résumé commercial, {period}',
    title: 'Votre résumé commercial',
    intro: '{period}, comparé à {previous}. Vos chiffres à côté de la médiane de l’équipe {team}.',
    introNoTeam: '{period}, comparé à {previous}.',
    pairsTitle: 'Activité et conversion côte à côte',
    pairsNote:
      'À lire ensemble : plus d’activité aide quand sa conversion tient. La médiane est le commercial du milieu de l’équipe ; personne n’est classé.',
    activity: 'Activité',
    conversion: 'Conversion (n)',
    you: 'Vous',
    median: 'Médiane de l’équipe',
    otherTitle: 'Résultats et satisfaction',
    kpi: 'KPI',
    previous: 'Précédente',
    change: 'Évolution',
    objectivesTitle: 'Vos objectifs',
    objectiveLine: '{kpi} : {target} au {deadline} ; à ce jour {actual} ({pace})',
    tipsTitle: 'Pour progresser',
    tipObjective: 'Pour atteindre {target} en {kpi} au {deadline} : encore {gap}',
    tipPerWeek: ', environ {perWeek} par semaine',
    tipMedian: 'Pour atteindre la médiane de l’équipe en {kpi} ({target}) : encore {gap}',
    tipsNone:
      'Vos chiffres sont au niveau de la médiane de l’équipe ou au-delà, et dans le rythme : continuez.',
    actionsTitle: 'Actions sur vos chiffres',
    actionsNote:
      'Le responsable d’une action note ce qui a été fait et ce que cela a donné dans la colonne Commentaire de la feuille Actions.',
    date: 'Date',
    action: 'Action corrective',
    status: 'Statut',
    comment: 'Commentaire',
    open: 'Ouvrir le classeur',
    why: 'Vous recevez ce résumé personnel parce que vous l’avez demandé ; il ne montre que vos propres chiffres.',
    footer: 'Envoyé par le module Sales KPI.',
    maturing: 'en maturation',
    partial: 'partiel',
  },
} as const;

type Key = keyof (typeof WORDS)['en'];

interface Section {
  readonly title: string;
  readonly header?: readonly string[];
  readonly rows?: ReadonlyArray<readonly string[]>;
  readonly lines?: readonly string[];
  readonly note?: string;
}

/** A KPI value, with the volume behind a rate, or the reason it has none yet. */
function valueText(line: RepKpiLine, language: Language, w: (k: Key) => string): string {
  if (line.provisional) return w(line.provisional);
  const text = formatKpi(line.kpi, line.value, language);
  return kpiEntry(line.kpi).unit === 'rate' && line.value !== null
    ? `${text} (${line.volume})`
    : text;
}

/** A gap in the KPI's unit: rates in points, the rest as the KPI shows them. */
function gapText(tip: Pick<RepTip, 'kpi'>, gap: number, language: Language): string {
  return kpiEntry(tip.kpi).unit === 'rate'
    ? `${formatNumber(gap * 100, 1, language)} pts`
    : formatKpi(tip.kpi, gap, language);
}

export function renderRepSummary(
  model: RepSummaryModel,
  language: Language,
  spreadsheetUrl: string,
): RenderedEmail {
  const w = (key: Key) => WORDS[language][key];
  const name = (kpi: RepKpiLine['kpi']) => kpiEntry(kpi).name[language];
  const line = new Map(model.kpis.map((l) => [l.kpi, l]));
  const median = (l: RepKpiLine) => formatKpi(l.kpi, l.median, language);
  const period = formatWindow(model.window.from, model.window.to, language);
  const previous = formatWindow(model.window.previousFrom, model.window.previousTo, language);
  const inPairs = new Set(model.pairs.flat());
  const sections: Section[] = [];
  sections.push({
    title: w('pairsTitle'),
    header: [w('activity'), w('you'), w('median'), w('conversion'), w('you'), w('median')],
    rows: model.pairs.map(([a, c]) => {
      const la = line.get(a)!;
      const lc = line.get(c)!;
      return [
        name(a),
        valueText(la, language, w),
        median(la),
        name(c),
        valueText(lc, language, w),
        median(lc),
      ];
    }),
    note: w('pairsNote'),
  });
  sections.push({
    title: w('otherTitle'),
    header: [w('kpi'), w('you'), w('previous'), w('change'), w('median')],
    rows: model.kpis
      .filter((l) => !inPairs.has(l.kpi))
      .map((l) => [
        name(l.kpi),
        valueText(l, language, w),
        formatKpi(l.kpi, l.previous, language),
        l.provisional ? '—' : formatChange(l.kpi, l.value, l.previous, language),
        median(l),
      ]),
  });
  if (model.objectives.length)
    sections.push({
      title: w('objectivesTitle'),
      lines: model.objectives.map((o) =>
        format(
          w('objectiveLine'),
          {
            kpi: name(o.kpi),
            target: formatKpi(o.kpi, o.target, language),
            deadline: formatDay(o.deadline, language),
            actual: formatKpi(o.kpi, o.actual, language),
            pace: statusText(o.status, language),
          },
          language,
        ),
      ),
    });
  sections.push({
    title: w('tipsTitle'),
    lines: model.tips.length
      ? model.tips.map((tip) => {
          const params = {
            kpi: name(tip.kpi),
            target: formatKpi(tip.kpi, tip.target, language),
            gap: gapText(tip, tip.gap, language),
            deadline: tip.deadline === undefined ? '' : formatDay(tip.deadline, language),
            perWeek: tip.perWeek === undefined ? '' : gapText(tip, tip.perWeek, language),
          };
          return tip.kind === 'median'
            ? format(w('tipMedian'), params, language)
            : format(w('tipObjective'), params, language) +
                (tip.perWeek === undefined ? '' : format(w('tipPerWeek'), params, language));
        })
      : [w('tipsNone')],
  });
  if (model.actions.length)
    sections.push({
      title: w('actionsTitle'),
      header: [w('date'), w('kpi'), w('action'), w('status'), w('comment')],
      rows: model.actions.map((a) => [
        a.day === null ? '' : formatDay(a.day, language),
        a.kpiText,
        actionIn(a.action, language),
        statusIn(a.status, language),
        a.comment,
      ]),
      note: w('actionsNote'),
    });
  const subject = oneLine(format(w('subject'), { rep: model.rep, period }, language));
  const intro = format(
    model.team ? w('intro') : w('introNoTeam'),
    {
      period,
      previous,
      team: model.team,
    },
    language,
  );
  return {
    subject,
    html: html(subject, model.rep, w('title'), intro, sections, language, {
      url: spreadsheetUrl,
      text: w('open'),
      why: w('why'),
      footer: w('footer'),
    }),
    text: text(model.rep, w('title'), intro, sections, language, spreadsheetUrl, w),
  };
}

const e = escapeHtml;

function html(
  subject: string,
  rep: string,
  title: string,
  intro: string,
  sections: readonly Section[],
  language: Language,
  end: { url: string; text: string; why: string; footer: string },
): string {
  const body = sections.map((s) => {
    const parts = [sectionTitle(s.title)];
    if (s.header && s.rows) parts.push(...textTable(s.header, s.rows));
    if (s.lines)
      parts.push(
        `<ul style="margin:0;padding-left:20px;font-size:14px;">${s.lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul>`,
      );
    if (s.note) parts.push(`<p style="${NOTE}">${e(s.note)}</p>`);
    return parts.join('\n');
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(language)}"><head><meta charset="utf-8">`,
    `<title>${e(subject)}</title></head>`,
    `<body style="margin:0;padding:16px;background:#f4f5f7;${FONT}">`,
    `<table role="presentation" width="680" cellpadding="0" cellspacing="0" style="max-width:680px;width:100%;background:#ffffff;border:1px solid #dadce0;${FONT}color:#202124;">`,
    `<tr><td style="padding:20px 24px;background:#1f3864;color:#ffffff;">`,
    `<h1 style="margin:0;font-size:20px;">${e(title)} — ${e(rep)}</h1>`,
    `<p style="margin:6px 0 0;font-size:13px;">${e(intro)}</p></td></tr>`,
    `<tr><td style="padding:4px 24px 20px;">`,
    ...body,
    openButton(end.url, end.text),
    '</td></tr>',
    `<tr><td style="padding:12px 24px;background:#f8f9fa;font-size:12px;color:#5f6368;">`,
    footerLines(end.why, end.footer),
    '</td></tr></table></body></html>',
  ].join('\n');
}

function text(
  rep: string,
  title: string,
  intro: string,
  sections: readonly Section[],
  language: Language,
  url: string,
  w: (k: Key) => string,
): string {
  const colon = language === 'fr' ? ' : ' : ': ';
  const lines = [`${title} — ${rep}`, intro];
  for (const s of sections) {
    lines.push('', `== ${s.title} ==`);
    if (s.header && s.rows)
      for (const row of s.rows)
        lines.push(
          row
            .map((cell, i) =>
              i === 0 ? cell : cell === '' ? '' : `${s.header![i]}${colon}${cell}`,
            )
            .filter((cell) => cell !== '')
            .join(' | '),
        );
    if (s.lines) lines.push(...s.lines.map((l) => `- ${l}`));
    if (s.note) lines.push(s.note);
  }
  lines.push('', `${w('open')}${colon}${url}`, '', w('why'), w('footer'));
  return lines.join('\n');
}
