// "Email summaries…": the settings page (sidebar/summaries, built into dist/Summaries.html).
import { showSidebar, userLocale } from '../adapters/services';
import { t, languageOfLocale } from '../i18n';

export function showSummariesSidebar(): void {
  showSidebar('Summaries', t(languageOfLocale(userLocale()), 'summaries.title'));
}
