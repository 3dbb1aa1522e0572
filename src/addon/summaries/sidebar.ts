// "Email summaries…": the settings page (sidebar/summaries, built into dist/Summaries.html).
import { showSidebar } from '../adapters/services';
import { t, currentLanguage } from '../i18n';

export function showSummariesSidebar(): void {
  showSidebar('Summaries', t(currentLanguage(), 'summaries.title'));
}
