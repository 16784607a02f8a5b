// COPY text rows of the small tables (regions, stations, agents, catalogue), in the column order
// of STATIC_COLUMNS. Parents come before children so foreign keys can stay on while loading.
import { copyText, copyTextArray, NULL, RowBuffer } from './row-buffer';
import { World } from './world';

export const STATIC_COLUMNS = {
  regions: ['code', 'name', 'level', 'parent_code', 'path'],
  stations: ['id', 'region_code', 'name', 'address', 'opening_hours', 'created_at'],
  agents: ['id', 'station_id', 'name', 'category', 'phone', 'skills', 'active', 'created_at'],
  catalogue_items: [
    'id', 'code', 'name', 'category', 'source', 'level', 'department', 'legal_basis',
    'time_limit_days', 'statutory_fee', 'version', 'active', 'created_at',
  ],
  catalogue_materials: ['id', 'item_id', 'name', 'form', 'copies', 'how_to_get', 'sort_order'],
} as const;

export type StaticTable = keyof typeof STATIC_COLUMNS;

/** Rows of every small table, keyed by table, in load order. `createdAt` is a timestamptz literal. */
export function staticRows(world: World, createdAt: string): Array<[StaticTable, RowBuffer]> {
  const regions = new RowBuffer();
  for (const r of world.regions) {
    regions.push(`${r.code}\t${copyText(r.name)}\t${r.level}\t${r.parentCode ?? NULL}\t${r.path}\n`);
  }
  const stations = new RowBuffer();
  for (const s of world.stations) {
    stations.push(
      `${s.id}\t${s.regionCode}\t${copyText(s.name)}\t${copyText(s.address)}\t${copyText(s.openingHours)}\t${createdAt}\n`,
    );
  }
  const agents = new RowBuffer();
  for (const a of world.agents) {
    agents.push(
      `${a.id}\t${a.stationId}\t${copyText(a.name)}\t${a.category}\t${a.phone}\t${copyTextArray(a.skills)}\tt\t${createdAt}\n`,
    );
  }
  const items = new RowBuffer();
  const materials = new RowBuffer();
  let materialId = 0;
  for (const it of world.items) {
    items.push(
      [
        it.id, it.code, copyText(it.name), copyText(it.category), it.source, it.level, copyText(it.department),
        copyText(it.legalBasis), it.timeLimitDays, it.fee, 1, 't', createdAt,
      ].join('\t') + '\n',
    );
    it.materials.forEach((m, k) => {
      materials.push(
        `${++materialId}\t${it.id}\t${copyText(m.name)}\t${m.form}\t${m.copies}\t${copyText(m.howToGet)}\t${k + 1}\n`,
      );
    });
  }
  return [
    ['regions', regions],
    ['stations', stations],
    ['agents', agents],
    ['catalogue_items', items],
    ['catalogue_materials', materials],
  ];
}
