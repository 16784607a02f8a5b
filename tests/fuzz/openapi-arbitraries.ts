import fc from 'fast-check';
import { tinyXlsx } from '../support/tiny-xlsx';

// fast-check arbitraries derived from the OpenAPI document (issue 7 item 3): for each operation a
// request with path parameters, a query string and a body. Values come from three sources:
//   - the schema (@nestjs/swagger from the DTOs): enums, examples, bounds, required fields;
//   - the seeded data (ids, region codes, tokens, tracking codes), so requests reach the services;
//   - junk: wrong types, huge and hostile strings, traversal, SQL-ish text, unicode, nested junk.
// Everything is drawn from fast-check (no Math.random), so a seed replays the same requests.

export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}
export interface Param { name: string; in: string; required?: boolean; schema?: Schema }
export interface Operation { parameters?: Param[]; requestBody?: { content: Record<string, { schema?: Schema }> } }
export interface OpenApiDoc { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } }

/** Values found in the seeded database, by what they name. */
export interface Pools {
  /**
   * Ids for a path parameter of a route ('/api/v1/cases/{id}' + 'id'), or for a body/query field
   * name; with a role, those inside the role's region scope (where the services go past the 404).
   */
  ids(route: string, name: string, who?: string): number[];
  regions: string[];
  tokens: string[];
  trackingCodes: string[];
  indicatorKeys: string[];
}

export type Body =
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; payload: string | Buffer; contentType?: string };

export interface GeneratedRequest {
  url: string;
  body?: Body;
  /** Which family of body was sent (valid-ish, mutated, junk, binary): for the failure report. */
  bodyFamily: string;
}

// ---------------------------------------------------------------------------------------------
// junk

const LONG_ASCII = 'A'.repeat(5000);
const LONG_CJK = '红'.repeat(20_000);
/** Over the 1 MB body limit (413 expected, never 5xx). */
const OVER_LIMIT = JSON.stringify({ content: 'x'.repeat(1024 * 1024 + 10) });
const DEEP_ARRAY = '['.repeat(5000) + ']'.repeat(5000);
const DEEP_OBJECT = '{"a":'.repeat(2000) + '1' + '}'.repeat(2000);

export const JUNK_STRINGS = [
  '', ' ', '0', '-1', '1.5', '1e3', '-0', '0x1F', 'NaN', 'Infinity', 'null', 'undefined', 'true', '[object Object]',
  '2147483648', '9007199254740993', '99999999999999999999999999', '-99999999999999999999',
  '../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '..\\..\\windows\\win.ini', '/', '%00', '\u0000', '\n\r\t',
  "1' OR '1'='1", "'; DROP TABLE cases; --", '1 UNION SELECT citizen_name FROM cases', '$where', '{"$gt":""}',
  '<script>alert(1)</script>', '${7*7}', '{{7*7}}', '=HYPERLINK("http://x")', '@SUM(1+1)',
  '红色代办', '晋城市阳城县', '😀👨‍👩‍👧‍👦', '\u202e\u0635\u0628\u0627\u062d', 'Ｆｕｌｌｗｉｄｔｈ', 'ǅ ß ﬁ İ',
  '2026-02-30', '2026-13', '0000-00-00', '9999-12-31', '2026-1-1', '20260101',
  LONG_ASCII,
];

const junkStringArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...JUNK_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/** A JSON value of any type (for a field of another type, an extra field, a whole body). */
const junkValueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: junkStringArb },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e21, -1e21, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, [], {}, [null], LONG_CJK) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const junkKeyArb = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', '$where', 'id', 'createdAt', 'role', 'scopePath', 'isAdmin', ''),
  fc.string({ maxLength: 12 }),
);

/** Path parameter junk: percent-encoded (a raw '/' would change the route), or raw malformed encodings. */
const junkPathArb = fc.oneof(
  { weight: 4, arbitrary: junkStringArb.map((s) => encodeURIComponent(s)) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%C0%AE%C0%AE', '..', '.', '%2e%2e', ';', '%3Bx', 'a?b=c', 'a#b', '%uFFFF') },
);

// ---------------------------------------------------------------------------------------------
// valid-ish values from a schema

const DATE_NAMES = /^(date|visitDate|effectiveFrom|asOf|day)$/;
const PERIOD_NAMES = /^(from|to|month)$/;
const REGION_NAMES = /^(region|regionCode|parent|township)$/;

const dateArb = fc.oneof(
  fc.constantFrom('2026-11-15', '2026-10-01', '2026-01-01', '2026-12-30', '2027-02-28'),
  fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const periodArb = fc.oneof(
  fc.constantFrom('2026-01', '2026-03', '2026-10', '2026-11', '2025-12'),
  dateArb,
  dateArb.map((d) => d.slice(0, 7)),
);

export class SchemaValues {
  constructor(private readonly doc: OpenApiDoc, private readonly pools: Pools) {}

  resolve(s: Schema | undefined): Schema {
    let cur: Schema = s ?? {};
    for (let i = 0; i < 10; i++) {
      if (cur.$ref) cur = { ...this.doc.components.schemas[cur.$ref.replace('#/components/schemas/', '')], ...(cur.nullable ? { nullable: true } : {}) };
      else if (cur.allOf?.length === 1) cur = { ...cur.allOf[0], nullable: cur.nullable };
      else break;
    }
    return cur;
  }

  /** A value the schema allows, filled from the seeded data where a field names something. */
  value(schema: Schema | undefined, name = '', route = '', depth = 0, who?: string): fc.Arbitrary<unknown> {
    const s = this.resolve(schema);
    const arb = this.bare(s, name, route, depth, who);
    return s.nullable ? fc.option(arb, { nil: null, freq: 6 }) : arb;
  }

  private bare(s: Schema, name: string, route: string, depth: number, who?: string): fc.Arbitrary<unknown> {
    if (s.enum?.length) return fc.constantFrom(...s.enum);
    if (s.properties || s.type === 'object') {
      if (depth > 4 || !s.properties) return fc.constant({});
      const props = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, this.value(v, k, route, depth + 1, who)]));
      return fc.record(props, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    switch (s.type) {
      case 'string': return this.string(s, name);
      case 'number': case 'integer': return this.number(s, name, route, who);
      case 'boolean': return fc.boolean();
      case 'array': {
        const min = s.minItems ?? 0;
        return fc.array(this.value(s.items, name.replace(/s$/, ''), route, depth + 1, who), { minLength: min, maxLength: Math.max(min, Math.min(s.maxItems ?? 3, 3)) });
      }
      default: return fc.jsonValue({ maxDepth: 2 });
    }
  }

  private string(s: Schema, name: string): fc.Arbitrary<unknown> {
    const domain: fc.Arbitrary<unknown>[] = [];
    if (DATE_NAMES.test(name)) domain.push(dateArb);
    if (PERIOD_NAMES.test(name)) domain.push(periodArb);
    if (REGION_NAMES.test(name)) domain.push(fc.constantFrom(...this.pools.regions));
    // personal-data-like values: an error answer that echoes them is a leak the scan catches
    if (/phone|contact/i.test(name)) domain.push(fc.constantFrom('13800138000', '13912345678', '0356-4221234'));
    if (/idNumber/.test(name)) domain.push(fc.constant('140522198001011234'));
    const min = s.minLength ?? 0;
    const max = Math.max(min, Math.min(s.maxLength ?? 30, 60));
    const random = fc.string({ unit: 'grapheme', minLength: min, maxLength: max });
    if (domain.length) return fc.oneof({ weight: 8, arbitrary: fc.oneof(...domain) }, { weight: 1, arbitrary: random });
    return fc.oneof(
      { weight: 3, arbitrary: typeof s.example === 'string' ? fc.constant(s.example) : fc.constant('访问模糊测试') },
      { weight: 2, arbitrary: fc.constantFrom('访问模糊测试', '群众反映服务站周末无人值班，希望改进') },
      { weight: 1, arbitrary: random },
    );
  }

  private number(s: Schema, name: string, route: string, who?: string): fc.Arbitrary<unknown> {
    const options: fc.Arbitrary<unknown>[] = [];
    const ids = this.pools.ids(route, name, who);
    if (/(^id$|Id$|Ids?$|^station$|^agent$|^item$)/.test(name) && ids.length) options.push(fc.constantFrom(...ids));
    if (/version/i.test(name)) options.push(fc.integer({ min: -1, max: 6 }));
    if (typeof s.example === 'number') options.push(fc.constant(s.example));
    const min = s.minimum ?? (/^(page|pageSize|limit|days|hours|copies)$/.test(name) ? 0 : -2);
    const max = s.maximum ?? Math.max(min, /^(page|pageSize|limit)$/.test(name) ? 200 : 1000);
    options.push(fc.integer({ min, max }));
    return fc.oneof(...options);
  }

  // -------------------------------------------------------------------------------------------
  // requests

  /** Path parameter: seeded values (clean), or those most of the time and junk otherwise. */
  pathParam(route: string, p: Param, clean: boolean, who: string): fc.Arbitrary<string> {
    const known: fc.Arbitrary<string>[] = [];
    const add = (values: (string | number)[]) => { if (values.length) known.push(fc.constantFrom(...values.map(String))); };
    if (p.name === 'token') { add(this.pools.tokens); known.push(fc.stringMatching(/^[A-Za-z0-9_-]{22}$/)); }
    else if (p.name === 'trackingCode') { add(this.pools.trackingCodes); known.push(fc.stringMatching(/^[0-9A-Z]{12}$/)); }
    else if (p.name === 'key') add(this.pools.indicatorKeys);
    else if (p.name === 'date') known.push(dateArb);
    else if (p.name === 'year') known.push(fc.integer({ min: 1990, max: 2100 }).map(String));
    else {
      add(this.pools.ids(route, p.name, clean ? who : undefined));
      if (!clean || !known.length) known.push(fc.constantFrom('0', '999999999', '2147483647', '2147483648', '9007199254740993', '-5'));
    }
    const good = fc.oneof(...known).map(encodeURIComponent);
    return clean ? good : fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: junkPathArb });
  }

  private queryValue(p: Param, clean: boolean, who: string): fc.Arbitrary<string> {
    const s = this.resolve(p.schema);
    const pool = this.pools.ids('', p.name, who);
    const fromSchema: fc.Arbitrary<string> =
      s.enum?.length ? fc.constantFrom(...s.enum.map(String))
        : /^(page|pageSize|limit)$/.test(p.name) ? fc.integer({ min: 1, max: 50 }).map(String)
        : s.type === 'boolean' ? fc.constantFrom('true', 'false', '1', '0', 'yes')
          : REGION_NAMES.test(p.name) ? fc.constantFrom(...this.pools.regions)
            : (s.type === 'number' || s.type === 'integer' || !s.type) && pool.length ? fc.constantFrom(...pool.map(String))
              : this.value(s, p.name, '', 0, who).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    return clean ? fromSchema : fc.oneof({ weight: 4, arbitrary: fromSchema }, { weight: 1, arbitrary: junkStringArb });
  }

  /** The query string: declared parameters (required ones nearly always); unless clean, also junk, extra and repeated ones. */
  query(params: Param[], clean: boolean, who: string): fc.Arbitrary<string> {
    const declared = params.filter((p) => p.in === 'query').map((p) =>
      fc.option(this.queryValue(p, clean, who).map((v) => [p.name, v] as [string, string]), { nil: undefined, freq: p.required ? 12 : 2 }));
    const extra = clean ? fc.constant([]) : fc.array(fc.tuple(fc.oneof(junkKeyArb, fc.constantFrom('page', 'region', 'from', 'sort', 'limit')), junkStringArb), { maxLength: 2 });
    return fc.tuple(fc.tuple(...declared), extra, clean ? fc.constant(false) : fc.boolean()).map(([pairs, more, repeat]) => {
      const all = [...pairs.filter((x): x is [string, string] => !!x), ...(repeat ? pairs.filter((x): x is [string, string] => !!x).slice(0, 1) : []), ...more];
      return all.length ? `?${all.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : '';
    });
  }

  /** A JSON body: valid-ish from the schema, the same with one mutation, or junk. */
  jsonBody(schema: Schema | undefined, route: string, opts: { validish?: boolean; clean?: boolean; who?: string } = {}): fc.Arbitrary<{ family: string; body: Body }> {
    const valid = this.value(schema, '', route, 0, opts.who);
    const validish = valid.map((value) => ({ family: 'valid-ish', body: { kind: 'json', value } as Body }));
    const mutated = fc.tuple(valid, mutationArb).map(([value, m]) => ({ family: `mutated:${m.kind}`, body: { kind: 'json', value: mutate(value, m) } as Body }));
    if (opts.clean && opts.validish !== false) return validish;
    if (opts.validish === false) return fc.oneof({ weight: 2, arbitrary: mutated }, { weight: 1, arbitrary: junkBodyArb });
    return fc.oneof({ weight: 4, arbitrary: validish }, { weight: 4, arbitrary: mutated }, { weight: 2, arbitrary: junkBodyArb });
  }

  /** A body where the operation declares none (a POST without input): nothing, mostly. */
  noBody(): fc.Arbitrary<{ family: string; body?: Body }> {
    return fc.oneof({ weight: 4, arbitrary: fc.constant({ family: 'none' }) }, { weight: 1, arbitrary: junkBodyArb });
  }

  /** An upload: junk bytes with the declared content type (sometimes another one). */
  binaryBody(contentTypes: string[]): fc.Arbitrary<{ family: string; body: Body }> {
    return fc.tuple(binaryArb, fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...contentTypes) }, { weight: 1, arbitrary: fc.constantFrom('application/json', 'text/plain', 'application/octet-stream') }))
      .map(([[family, payload], contentType]) => ({ family: `binary:${family}`, body: { kind: 'raw', payload, contentType } as Body }));
  }
}

// ---------------------------------------------------------------------------------------------
// mutations and junk bodies

type Mutation = { kind: 'wrong-type' | 'drop' | 'extra' | 'huge' | 'nest' | 'deep'; pick: number; key: string; junk: unknown };

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('wrong-type', 'wrong-type', 'drop', 'extra', 'huge', 'nest', 'deep') as fc.Arbitrary<Mutation['kind']>,
  pick: fc.nat(),
  key: junkKeyArb,
  junk: junkValueArb,
});

/** Every path to a value inside v (objects and arrays), the root excluded. */
function pathsOf(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const p = [...prefix, Array.isArray(v) ? Number(k) : k];
      out.push(p);
      pathsOf(x, p, out);
    }
  }
  return out;
}

function mutate(value: unknown, m: Mutation): unknown {
  const v = structuredClone(value) as Record<string | number, unknown>;
  const paths = pathsOf(v);
  if (m.kind === 'extra' || !paths.length) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      // defineProperty: a '__proto__' key must become an own property, as JSON.parse makes it
      Object.defineProperty(v, m.key, { value: m.junk, enumerable: true, writable: true, configurable: true });
      return v;
    }
    return m.junk;
  }
  const path = paths[m.pick % paths.length];
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], v); // eslint-disable-line @typescript-eslint/no-explicit-any
  const last = path[path.length - 1];
  switch (m.kind) {
    case 'drop': if (Array.isArray(parent)) parent.splice(last as number, 1); else delete parent[last]; break;
    case 'huge': parent[last] = typeof parent[last] === 'number' ? 1e300 : LONG_CJK; break;
    case 'nest': parent[last] = { [String(last)]: [parent[last], { a: [{ b: m.junk }] }] }; break;
    case 'deep': parent[last] = JSON.parse('['.repeat(20 + (m.pick % 3000)) + JSON.stringify(m.junk ?? null) + ']'.repeat(20 + (m.pick % 3000))); break;
    default: parent[last] = m.junk;
  }
  return v;
}

const CONTENT_TYPES = ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x'];

const junkBodyArb: fc.Arbitrary<{ family: string; body: Body }> = fc.oneof(
  junkValueArb.map((value) => ({ family: 'junk:value', body: { kind: 'json', value } as Body })),
  fc.constantFrom<unknown>(null, [], [{}], 'text', 42, true).map((value) => ({ family: 'junk:not-an-object', body: { kind: 'json', value } as Body })),
  fc.tuple(
    fc.constantFrom('', '{', '{"a":', 'nul', '[1,]', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}',
      '\uFEFF{}', '{"a":1}{"b":2}', DEEP_ARRAY, DEEP_OBJECT, OVER_LIMIT),
    fc.constantFrom(...CONTENT_TYPES),
  ).map(([payload, contentType]) => ({ family: 'junk:raw', body: { kind: 'raw', payload, contentType } as Body })),
);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const binaryArb: fc.Arbitrary<[string, Buffer]> = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }).map((b): [string, Buffer] => ['random', Buffer.from(b)]),
  fc.constant<[string, Buffer]>(['empty', Buffer.alloc(0)]),
  fc.tuple(fc.constantFrom<number[]>([0x50, 0x4b, 0x03, 0x04], [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34], PNG, [0xff, 0xd8, 0xff, 0xe0]), fc.uint8Array({ maxLength: 512 }))
    .map(([magic, rest]): [string, Buffer] => ['magic+junk', Buffer.concat([Buffer.from(magic), Buffer.from(rest)])]),
  // a real workbook with junk cells: past the zip/xlsx parsing, into the row checks
  fc.array(fc.array(junkStringArb.map((s) => s.slice(0, 200)), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 })
    .map((rows): [string, Buffer] => ['xlsx-junk-cells', tinyXlsx(rows)]),
);
