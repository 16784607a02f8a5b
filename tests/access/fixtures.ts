import type { Pool } from 'pg';

// Targets for the access matrix, found in the seeded demo data: for every role, one object
// inside its region scope and one outside. City-wide roles have no "outside": for them the
// outside target is an id that does not exist, which must answer 404 just the same.

export const ROLES = ['ADMIN', 'CITY_LEADER', 'COUNTY_LEADER', 'TOWNSHIP_REVIEWER', 'STATION_AGENT'] as const;
export type RoleName = (typeof ROLES)[number];
export type Scope = 'in' | 'out';

export const USERNAME: Record<RoleName, string> = {
  ADMIN: 'admin', CITY_LEADER: 'leader', COUNTY_LEADER: 'county', TOWNSHIP_REVIEWER: 'reviewer', STATION_AGENT: 'agent',
};

const MISSING = { region: '149999', id: 999_999_999 };

interface Target { region: string; station: number; agent: number; case: number }

export class MatrixFixtures {
  private constructor(private readonly targets: Record<RoleName, Record<Scope, Target>>, readonly catalogueItemId: number) {}

  static async load(pool: Pool): Promise<MatrixFixtures> {
    const q = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows[0];
    const scopeOf = async (username: string) => (await q(`SELECT r.path, u.region_code FROM users u JOIN regions r ON r.code = u.region_code WHERE username = $1`, [username]));
    const targetIn = async (path: string, notPath?: string): Promise<Target> => {
      const row = await q(`SELECT r.code AS region, s.id AS station,
          (SELECT a.id FROM agents a WHERE a.station_id = s.id ORDER BY a.id LIMIT 1) AS agent,
          (SELECT c.id FROM cases c WHERE c.station_id = s.id ORDER BY c.id LIMIT 1) AS "case"
        FROM stations s JOIN regions r ON r.code = s.region_code
        WHERE r.path LIKE $1 || '%' AND ($2::text IS NULL OR r.path NOT LIKE $2 || '%')
        ORDER BY EXISTS (SELECT 1 FROM cases c WHERE c.station_id = s.id) DESC, s.id LIMIT 1`, [path, notPath ?? null]);
      if (!row) throw new Error(`no station under ${path}`);
      // A quiet station may have no case yet: give it one (a copy of another case, re-homed).
      const caseId = row.case ?? (await q(`INSERT INTO cases (case_no, station_id, agent_id, item_id, item_version, citizen_name,
          citizen_phone_enc, citizen_phone_masked, citizen_id_enc, citizen_id_masked, consent_at, status, level, created_at)
        SELECT 'MX' || substr(md5(random()::text), 1, 12), $1, $2, item_id, item_version, citizen_name, citizen_phone_enc,
          citizen_phone_masked, citizen_id_enc, citizen_id_masked, consent_at, 'ACCEPTED', level, now()
        FROM cases ORDER BY id LIMIT 1 RETURNING id`, [row.station, row.agent])).id;
      return { region: row.region, station: row.station, agent: row.agent, case: caseId };
    };
    const missing: Target = { region: MISSING.region, station: MISSING.id, agent: MISSING.id, case: MISSING.id };
    const targets = {} as Record<RoleName, Record<Scope, Target>>;
    for (const role of ROLES) {
      const scope = await scopeOf(USERNAME[role]);
      const inside = await targetIn(scope.path);
      // Outside: a sibling subtree (same parent, different branch) where one exists.
      const parentPath = scope.path.replace(/[^/]+\/$/, '');
      const outside = scope.path === '/140500/' ? missing : await targetIn(parentPath, scope.path);
      targets[role] = { in: role === 'STATION_AGENT' ? { ...inside, region: scope.region_code } : inside, out: outside };
    }
    const item = await q('SELECT id FROM catalogue_items ORDER BY id LIMIT 1', []);
    return new MatrixFixtures(targets, item.id);
  }

  region(role: RoleName, s: Scope): string { return this.targets[role][s].region; }
  station(role: RoleName, s: Scope): number { return this.targets[role][s].station; }
  agent(role: RoleName, s: Scope): number { return this.targets[role][s].agent; }
  caseId(role: RoleName, s: Scope): number { return this.targets[role][s].case; }
}
