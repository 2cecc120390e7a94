/** Exit codes: 0 success; 1 data problems (rejects above --max-reject-rate, an invalid file for `validate`); 2 usage or definition errors. */
export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

export const USAGE = `Usage:
  lawgauge compute --catalog <name|file.json> --data <dataset>=<file.csv|.xlsx|.json|.ndjson|-> [--data …]
                   [--map <mapping.json>] [--by <field>[,<field>]] [--period day|week|month|quarter|year]
                   [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--ytd] [--indicator <id|composite>[,…]] [--rank]
                   [--format table|csv|json] [--out <file>] [--rejects <file>] [--max-reject-rate <0..1>]
                   [--encoding auto|utf-8|gb18030] [--sheet <name|number>] [--lang zh-CN|en] [--suppress <k>]
                   [--verbose] [--quiet] [--engine duckdb[:<file.duckdb>]|postgres://…|clickhouse://…] [--table <dataset>=<table>]
  lawgauge sql     --catalog <name|file.json> --from YYYY-MM-DD --to YYYY-MM-DD
                   [--dialect duckdb|postgres|clickhouse] [--table <dataset>=<table>] [--map <mapping.json>]
                   [--by …] [--period …] [--ytd] [--indicator …] [--bind] [--out <file>]
  lawgauge reform  --tasks <file> [--milestones <file>] [--sheet <name|number>] [--milestones-sheet <name|number>]
                   [--title <text>] [--title-en <text>]
                   | --programme <programme.json>
                   [--as-of YYYY-MM-DD] [--format table|csv|json] [--out <file>] [--rejects <file>]
                   [--encoding …] [--lang zh-CN|en]
  lawgauge validate <catalog|mapping|programme|dashboard file>   exit 0 valid, 1 invalid (every problem listed)
  lawgauge schema <catalog|dataset|indicator|report|mapping|programme|dashboard>
  lawgauge catalogs [--lang zh-CN|en]                  built-in catalogs and their indicators
  lawgauge --version | --help

Data files: CSV (UTF-8 with or without BOM, or GBK/GB18030), a JSON array of records, or NDJSON
(.ndjson/.jsonl); "-" reads stdin. Headers are matched to fields by name or Chinese/English label,
or through --map. With --engine the aggregation runs in the database and only aggregates come
back: DuckDB reads --data CSV (UTF-8) or Parquet files itself (larger than memory is fine);
PostgreSQL and ClickHouse read --table (default: the dataset id). --indicator also takes
composite ids (see lawgauge catalogs): their indicators are evaluated alike and the composite's
Report follows; --rank adds each unit's rank. Exit codes: 0 ok; 1 rejected rows above --max-reject-rate (default 0.01; output
still written); 2 usage or definition errors, an unreadable file, an --out/--rejects path that is an input, or an
engine that fails (one line naming it; --debug adds the stack trace).`;

/** A mistake in the command line or in a definition file: exit code 2. */
export class UsageError extends Error {}
