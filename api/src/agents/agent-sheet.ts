// The agent register as a spreadsheet (DB1405 5.2). Exports show names and phone numbers masked
// (personal data, GB/T 35273), so an import must carry the full values: a masked cell is refused
// with a message saying so. Agents are matched by station + name + phone. Pure.
import { joinList, parseMark, splitList } from '../excel/cell-values';
import type { RowError } from '../excel/excel.errors';
import { missingColumns, type SheetTable } from '../excel/read-sheet';
import type { SheetCell, SheetColumn } from '../excel/write-sheet';
import { agentNameProblem, normaliseSkills, phoneProblem } from './agent-rules';
import { CATEGORY_CHOICES_MESSAGE, categoryFromText, categoryLabel, type AgentCategoryKey } from './categories';

export const AGENT_COL = {
  region: '区域代码',
  station: '服务站',
  name: '姓名',
  category: '类别',
  phone: '联系电话',
  skills: '业务专长',
  active: '在岗',
  hours: '本年培训学时',
} as const;

export const AGENT_COLUMNS: readonly SheetColumn[] = [
  { header: AGENT_COL.region, width: 16 },
  { header: AGENT_COL.station, width: 24 },
  { header: AGENT_COL.name, width: 12 },
  { header: AGENT_COL.category, width: 18 },
  { header: AGENT_COL.phone, width: 15 },
  { header: AGENT_COL.skills, width: 30 },
  { header: AGENT_COL.active, width: 8 },
  { header: AGENT_COL.hours, width: 14 },
];

export const AGENT_IMPORT_REQUIRED: readonly string[] = [AGENT_COL.region, AGENT_COL.name, AGENT_COL.category, AGENT_COL.phone];

export interface AgentSheetSource {
  regionCode: string;
  stationName: string;
  /** Already masked. */
  name: string;
  /** Already masked. */
  phone: string;
  category: string;
  skills: readonly string[];
  active: boolean;
  trainingHoursThisYear: number;
}

export function agentSheetRow(a: AgentSheetSource): SheetCell[] {
  return [a.regionCode, a.stationName, a.name, categoryLabel(a.category), a.phone, joinList(a.skills), a.active ? '是' : '否', a.trainingHoursThisYear];
}

export interface AgentImportRow {
  row: number;
  stationId: number;
  name: string;
  category: AgentCategoryKey;
  phone: string;
  skills: string[];
  active: boolean;
}

/** The stations inside the caller's scope, by the region code of their village. */
export type StationLookup = ReadonlyMap<string, { stationId: number }>;

export const STATION_NOT_FOUND_MESSAGE = '该区域没有服务站，或不在您的管辖范围内';

/** The key agents are matched by (DB has no unique index on it: the import keeps it unique per file). */
export const agentKey = (stationId: number, name: string, phone: string): string => `${stationId}|${name}|${phone}`;

export function validateAgentSheet(table: SheetTable, stations: StationLookup): { rows: AgentImportRow[]; errors: RowError[] } {
  const errors = missingColumns(table, AGENT_IMPORT_REQUIRED);
  if (errors.length) return { rows: [], errors };
  const rows: AgentImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of table.rows) {
    const problem = (column: string, message: string) => errors.push({ row, column, message });
    const before = errors.length;

    const regionCode = values[AGENT_COL.region];
    const station = regionCode ? stations.get(regionCode) : undefined;
    if (!regionCode) problem(AGENT_COL.region, '请填写服务站所在村（社区）的区域代码');
    else if (!station) problem(AGENT_COL.region, STATION_NOT_FOUND_MESSAGE);

    const name = values[AGENT_COL.name].trim();
    const nameProblem = agentNameProblem(name);
    if (nameProblem) problem(AGENT_COL.name, nameProblem);

    // DB1405 5.2.1
    const categoryText = values[AGENT_COL.category];
    const category = categoryText ? categoryFromText(categoryText) : null;
    if (!categoryText) problem(AGENT_COL.category, '请填写类别');
    else if (!category) problem(AGENT_COL.category, CATEGORY_CHOICES_MESSAGE);

    const phone = values[AGENT_COL.phone].replace(/[\s-]/g, '');
    const phoneIssue = phoneProblem(phone);
    if (phoneIssue) problem(AGENT_COL.phone, phoneIssue);

    const { skills, problem: skillsProblem } = normaliseSkills(splitList(values[AGENT_COL.skills] ?? ''));
    if (skillsProblem) problem(AGENT_COL.skills, skillsProblem);

    const activeText = values[AGENT_COL.active] ?? '';
    const active = activeText ? parseMark(activeText) : true;
    if (active === null) problem(AGENT_COL.active, '应填写 是 或 否（留空视为在岗）');

    if (errors.length === before) {
      const key = agentKey(station!.stationId, name, phone);
      if (seen.has(key)) {
        problem(AGENT_COL.name, `与第 ${seen.get(key)} 行是同一代办员（服务站、姓名、联系电话相同）`);
        continue;
      }
      seen.set(key, row);
      rows.push({ row, stationId: station!.stationId, name, category: category!, phone, skills, active: active! });
    }
  }
  return { rows, errors };
}
