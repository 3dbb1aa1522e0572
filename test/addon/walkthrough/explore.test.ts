import { useScriptTimeZone } from '../../../local/playground/script-zone';
import { smallWorkbook } from '../objectives/workbook';
useScriptTimeZone();
const FR = { email: 'manager@example.com', locale: 'fr_FR' };
test('explore', () => {
  const h = smallWorkbook();
  h.runtime.invoke('menuRefreshDashboard', []);
  h.runtime.invoke('menuRefreshDashboard', [], { user: FR } as never);
  const out: string[] = [];
  for (const name of ['Dashboard', 'Tableau de bord', 'KPI data', 'Données KPI', 'Actions']) {
    if (!h.workbook.findSheet(name)) { out.push(`no ${name}`); continue; }
    const last = h.workbook.getLastRow(name);
    const vals = h.workbook.getDisplayValues(name, 0, 0, last, 30);
    const texts = new Set<string>();
    vals.flat().forEach((v) => { if (/[A-Za-z]/.test(v)) texts.add(v); });
    out.push(`== ${name}: ${[...texts].join(' | ')}`);
    for (const c of h.workbook.getCharts(name)) out.push(`chart ${JSON.stringify(c.options)}`);
  }
  out.push(JSON.stringify(h.ui.toasts));
  console.log(out.join('\n'));
});
