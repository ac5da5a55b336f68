// Reads a kaifang catalog as an analyst's Node.js client does: read-only, every view, and the
// rows of the views named on the command line as text (DuckDB's own cast), one JSON document.
import { DuckDBInstance } from '@duckdb/node-api';

const [catalog, ...compared] = process.argv.slice(2);
const instance = await DuckDBInstance.create(catalog, { access_mode: 'READ_ONLY' });
const connection = await instance.connect();
const version = (await connection.runAndReadAll('select version()')).getRows()[0][0];
const views = (await connection.runAndReadAll(
  "select schema_name, view_name from duckdb_views() where not internal order by all")).getRows();
const failures = [];
for (const [schema, view] of views) {
  try {
    // every row and column decoded: a view that binds can still fail on a value
    (await connection.runAndReadAll(`select * from "${schema}"."${view}"`)).getRows();
  } catch (e) {
    failures.push(`${schema}.${view}: ${e.message.split('\n')[0]}`);
  }
}
const rows = {};
for (const query of compared) {
  rows[query] = (await connection.runAndReadAll(query)).getRows().map(r => r.map(v => v === null ? null : String(v)));
}
console.log(JSON.stringify({ version, views: views.length, failures, rows }));
