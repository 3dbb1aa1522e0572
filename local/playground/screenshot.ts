// Writes docs/playground.png: the playground on a fresh demo workbook, as a new user sees it
// (the Quick start sheet with its results, conditional colours, chart and sparkline).
// Run: npm run build && npx tsx local/playground/screenshot.ts [output.png]
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { launchChromium } from './browser';
import { useScriptTimeZone } from './script-zone';
import { startPlayground } from './server';

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? 'docs/playground.png');
  useScriptTimeZone();
  const playground = await startPlayground({ port: 0, saveFile: null });
  const browser = await launchChromium();
  try {
    await playground.ready;
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(playground.url);
    await page.waitForSelector('body[data-state=ready]', { timeout: 60_000 });
    // Scroll down to the alert (red: the demo's NPS dip is caught) and the charted trend table.
    await page.evaluate(() => document.getElementById('grid')?.scrollTo(0, 21 * 38));
    await page.waitForTimeout(800);
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`wrote ${out}`);
  } finally {
    await browser.close();
    await playground.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
