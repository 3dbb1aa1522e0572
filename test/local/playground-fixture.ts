// The add-on the playground tests run: the built dist/Code.js (the real =KPI_* functions) with
// test/fixtures/playground/Code.js appended (a menu, a sidebar, mail, triggers, properties).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSource } from '../../local/harness/bundle';

const FIXTURE = join(__dirname, '../fixtures/playground');

export function playgroundBundle(): { bundleSource: string; htmlFiles: Record<string, string> } {
  return {
    bundleSource: `${bundleSource()}\n;\n${readFileSync(join(FIXTURE, 'Code.js'), 'utf8')}`,
    htmlFiles: { Sidebar: readFileSync(join(FIXTURE, 'Sidebar.html'), 'utf8') },
  };
}
