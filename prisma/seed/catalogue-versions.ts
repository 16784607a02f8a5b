// Version 1 of every seeded catalogue item (DB1405 7.1.3): the initial catalogue as a published
// version, so every item has a visible history from the start, plus the procedure steps of each
// item (DB1405 4.4). Written inside the seed's transaction, in two statements.
import type { PoolClient } from 'pg';
import { withCode, type ItemContent } from '../../api/src/catalogue/content';
import type { ItemInfo } from './world';

export const INITIAL_REASON = '初始目录';

/** The full content of a seeded item, as the API stores it in a version row. */
export function initialContent(item: ItemInfo): ItemContent {
  return withCode(item.code, {
    name: item.name,
    category: item.category,
    source: item.source,
    level: item.level,
    department: item.department,
    legalBasis: item.legalBasis,
    timeLimitDays: item.timeLimitDays,
    statutoryFee: Number(item.fee),
    procedure: item.procedure,
    materials: item.materials.map((m) => ({ name: m.name, form: m.form, copies: m.copies, howToGet: m.howToGet })),
  });
}

/**
 * Sets each item's procedure and inserts its version-1 row (ADD, PUBLISHED, effective from the
 * seed window's first day `windowStart`, published at `createdAt` — the seed's "registers were
 * set up" instant — and applied at the start of `windowStart` in Asia/Shanghai). Rows go in item
 * order, so their serial ids are the same on every run. Returns the number of versions written.
 */
export async function writeCatalogueVersions(client: PoolClient, items: readonly ItemInfo[], windowStart: string, createdAt: string): Promise<number> {
  const rows = JSON.stringify(items.map((it) => ({ id: it.id, content: initialContent(it) })));
  await client.query(
    `UPDATE catalogue_items c SET procedure = ARRAY(SELECT jsonb_array_elements_text(v.value -> 'content' -> 'procedure'))
       FROM jsonb_array_elements($1::jsonb) v WHERE c.id = (v.value ->> 'id')::int`,
    [rows],
  );
  const res = await client.query(
    `INSERT INTO catalogue_item_versions
       (item_id, version, change_type, status, content, reason, effective_from, proposed_at, decided_at, published_at, applied_at)
     SELECT (v.value ->> 'id')::int, 1, 'ADD'::"CatalogueChangeType", 'PUBLISHED'::"CatalogueChangeStatus", v.value -> 'content', $2,
            $3::date, $4::timestamptz, $4::timestamptz, $4::timestamptz, ($3 || ' 00:00:00+08')::timestamptz
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS v(value, n)
      ORDER BY v.n`,
    [rows, INITIAL_REASON, windowStart, createdAt],
  );
  return res.rowCount ?? 0;
}
