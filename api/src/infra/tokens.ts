// Injection tokens for the infrastructure that the process owner (scripts/start.ts, the ETL's
// own main, or a test) creates and closes. Nest modules borrow it; they never close it.
export const CONFIG = Symbol('CONFIG');
export const PG_POOL = Symbol('PG_POOL');
export const CLICKHOUSE = Symbol('CLICKHOUSE');
