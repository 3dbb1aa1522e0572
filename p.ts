import { batchTables, AS_OF, TIME_ZONE } from './local/warehouse/generate';
import { LocalWarehouse, LOCAL_TABLES } from './local/warehouse/duckdb';
import { DEFINITIONS } from './src/warehouse/definitions';
import { emitDuckDb } from './src/warehouse/emit-duckdb';
import { evaluateKpi } from './src/warehouse/evaluate';
import { differences } from './test/warehouse/compare';
(async () => {
  let t = Date.now();
  const seeds = Array.from({ length: 1000 }, (_, i) => i + 1);
  const tables = batchTables(seeds);
  console.log('gen', Date.now() - t); t = Date.now();
  const wh = await LocalWarehouse.create();
  await wh.load(tables, ['seed']);
  console.log('load', Date.now() - t);
  for (const period of ['day', 'week', 'month'] as const) {
    for (const def of DEFINITIONS) {
      const opts = { asOf: AS_OF, timeZone: TIME_ZONE, period, partitionBy: 'seed' };
      let t0 = Date.now();
      const sql = await wh.run(emitDuckDb(def, LOCAL_TABLES, opts));
      const t1 = Date.now();
      const js = evaluateKpi(def, tables, opts);
      const t2 = Date.now();
      const d = differences(sql, js);
      console.log(period, def.id, sql.rows.length, 'sql', t1 - t0, 'js', t2 - t1, d.length ? d : 'OK');
    }
  }
  wh.close();
})();
