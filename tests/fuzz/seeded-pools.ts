import { deriveEvaluationToken, evaluationTokenKey, hashEvaluationToken } from '../../api/src/evaluations/evaluation-token';
import { INDICATOR_LIST } from '../../api/src/indicators/registry';
import { MatrixFixtures, ROLES, USERNAME, type RoleName } from '../access/fixtures';
import type { ApiHarness } from '../support/api-app';
import type { Pools } from './openapi-arbitraries';

/** Seeded values for ids, regions, tokens and codes, so generated requests reach the services. */
export async function loadPools(h: ApiHarness): Promise<Pools> {
  const q = async (sql: string, params: unknown[] = []) => (await h.db.pool.query(sql, params)).rows;
  const f = await MatrixFixtures.load(h.db.pool);
  const sample = async (table: string) => (await q(`(SELECT id FROM ${table} ORDER BY id LIMIT 3) UNION (SELECT id FROM ${table} ORDER BY id DESC LIMIT 3)`)).map((r) => Number(r.id));
  // the station a row belongs to, for the rows that are region-scoped
  const stationOf: Record<string, string> = {
    cases: 't.station_id', consultations: 't.station_id', rectifications: 't.station_id', agents: 't.station_id', stations: 't.id',
    evaluations: '(SELECT station_id FROM cases WHERE id = t.case_id)', case_handoffs: '(SELECT station_id FROM cases WHERE id = t.case_id)',
    case_extensions: '(SELECT station_id FROM cases WHERE id = t.case_id)', case_files: '(SELECT station_id FROM cases WHERE id = t.case_id)',
    survey_calls: '(SELECT station_id FROM cases WHERE id = t.case_id)',
  };
  const inScope = async (table: string, scopePath: string) => (await q(`SELECT t.id FROM ${table} t JOIN stations s ON s.id = ${stationOf[table]}
      JOIN regions r ON r.code = s.region_code WHERE r.path LIKE $1 || '%' ORDER BY md5(t.id::text) LIMIT 8`, [scopePath])).map((r) => Number(r.id));
  const tables = ['cases', 'stations', 'agents', 'catalogue_items', 'catalogue_item_versions', 'catalogue_materials', 'consultations', 'evaluations',
    'survey_batches', 'survey_calls', 'rectifications', 'suggestions', 'case_handoffs', 'case_extensions', 'case_files'];
  const ids: Record<string, number[]> = {};
  for (const t of tables) ids[t] = await sample(t);
  const scoped = {} as Record<RoleName, Record<string, number[]>>;
  for (const role of ROLES) {
    for (const s of ['in', 'out'] as const) {
      ids.cases.push(f.caseId(role, s));
      ids.stations.push(f.station(role, s));
      ids.agents.push(f.agent(role, s));
    }
    const scopePath = (await q(`SELECT r.path FROM users u JOIN regions r ON r.code = u.region_code WHERE u.username = $1`, [USERNAME[role]]))[0].path;
    scoped[role] = {};
    for (const t of Object.keys(stationOf)) scoped[role][t] = await inScope(t, scopePath);
    scoped[role].cases.push(f.caseId(role, 'in'));
    scoped[role].stations.push(f.station(role, 'in'));
    scoped[role].agents.push(f.agent(role, 'in'));
  }
  // Online evaluation links of finished, unrated cases (issued as the evaluations module does).
  const key = evaluationTokenKey(h.config.jwtSecret);
  const open = await q(`SELECT c.id FROM cases c WHERE c.status IN ('COMPLETED', 'FAILED')
      AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.case_id = c.id) AND NOT EXISTS (SELECT 1 FROM evaluation_tokens t WHERE t.case_id = c.id)
    ORDER BY c.id LIMIT 6`);
  const evalTokens = open.map((c) => deriveEvaluationToken(key, c.id));
  for (const [i, c] of open.entries()) {
    await q(`INSERT INTO evaluation_tokens (case_id, occasion, token_hash, expires_at) VALUES ($1, 1, $2, now() + interval '30 days')`, [c.id, hashEvaluationToken(evalTokens[i])]);
  }
  const codes = (await q(`SELECT tracking_code FROM suggestions ORDER BY id LIMIT 4`)).map((r) => r.tracking_code as string);
  const regions = ['140500', '140522', '149999', ...ROLES.flatMap((r) => [f.region(r, 'in'), f.region(r, 'out')])];
  const unique = (xs: number[]) => [...new Set(xs)];
  const byRoute: [RegExp, string][] = [
    [/^\/api\/v1\/(public\/)?stations\//, 'stations'], [/^\/api\/v1\/agents\//, 'agents'], [/^\/api\/v1\/cases\//, 'cases'],
    [/^\/api\/v1\/(catalogue\/items|public\/catalogue)\//, 'catalogue_items'], [/^\/api\/v1\/catalogue\/proposals\//, 'catalogue_item_versions'],
    [/^\/api\/v1\/consultations\//, 'consultations'], [/^\/api\/v1\/evaluations\//, 'evaluations'], [/^\/api\/v1\/surveys\/batches\//, 'survey_batches'],
    [/^\/api\/v1\/surveys\/calls\//, 'survey_calls'], [/^\/api\/v1\/rectifications\//, 'rectifications'], [/^\/api\/v1\/suggestions\//, 'suggestions'],
    [/^\/api\/v1\/handoffs\//, 'case_handoffs'],
  ];
  const byName: [RegExp, string][] = [
    [/^extId$/, 'case_extensions'], [/^fileId$/, 'case_files'], [/^(station|stationId)$/, 'stations'], [/^(agent|agentId)$/, 'agents'],
    [/^(item|itemId)$/, 'catalogue_items'], [/material/i, 'catalogue_materials'], [/^consultationId$/, 'consultations'], [/^caseId$/, 'cases'],
  ];
  return {
    ids(route, name, who) {
      const table = byName.find(([re]) => re.test(name))?.[1] ?? (name === 'id' ? byRoute.find(([re]) => re.test(route))?.[1] : undefined);
      if (!table) return [];
      const mine = who && who in scoped ? scoped[who as RoleName][table] : undefined;
      return unique(mine?.length ? mine : ids[table]);
    },
    regions: [...new Set(regions)],
    tokens: evalTokens,
    trackingCodes: codes,
    indicatorKeys: INDICATOR_LIST.map((i) => i.key),
  };
}
