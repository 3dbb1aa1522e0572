// "Email summaries…": the settings page (sidebar/summaries, built into dist/Summaries.html).
import { showSidebar, userLocale } from '../adapters/services';
import { t } from '../i18n';
import { languageOfLocale } from '../schema';

export function showSummariesSidebar(): void {
  showSidebar('Summaries', t(languageOfLocale(userLocale()), 'summaries.title'));
}
