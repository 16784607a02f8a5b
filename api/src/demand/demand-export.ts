// The demand tables as spreadsheets (Chinese headers, one sheet each), for leaders to file and
// forward. Pure mapping from the API's own results, so a sheet never says more than the screen.
import type { SheetSpec } from '../excel/write-sheet';
import type { IdleView, SuggestionView, TopicView, TopItem } from './demand.service';

const LEVEL: Record<string, string> = { VILLAGE: '村级', TOWNSHIP: '乡镇', COUNTY: '县级' };
const TYPE: Record<string, string> = { ADD: '新增事项', MOVE_NEARER: '下放办理层级', RETIRE: '停用事项' };
const level = (l: string | null) => (l ? LEVEL[l] ?? l : '');

interface Scope { region: { name: string } }

export function topSheet(r: Scope & { from: string; to: string; previous: { from: string; to: string }; items: TopItem[] }): SheetSpec {
  return {
    name: '高频事项',
    columns: [
      { header: '排名', width: 6 }, { header: '事项编码', width: 14 }, { header: '事项名称', width: 30 }, { header: '现办理层级', width: 10 },
      { header: '咨询量', width: 9 }, { header: '办件量', width: 9 }, { header: '需求合计', width: 10 }, { header: '涉及乡镇数', width: 10 },
      { header: `上期需求（${r.previous.from}至${r.previous.to}）`, width: 24 }, { header: '增长率(%)', width: 10 },
      { header: '区域', width: 14 }, { header: '统计期间', width: 18 },
    ],
    rows: r.items.map((i) => [
      i.rank, i.code, i.name, level(i.level), i.consultations, i.cases, i.demand, i.townships, i.previous.demand,
      i.growthPct, r.region.name, `${r.from}至${r.to}`,
    ]),
  };
}

export function offCatalogueSheet(r: Scope & { from: string; to: string; topics: TopicView[] }): SheetSpec {
  return {
    name: '清单外需求',
    columns: [
      { header: '需求（代表性表述）', width: 30 }, { header: '咨询次数', width: 10 }, { header: '涉及乡镇数', width: 10 },
      { header: '不同表述', width: 50 }, { header: '已在清单中', width: 10 }, { header: '区域', width: 14 }, { header: '统计期间', width: 18 },
    ],
    rows: r.topics.map((t) => [
      t.text, t.count, t.townships, t.variants.map((v) => `${v.text}（${v.count}）`).join('；'), t.inCatalogue ? '是' : '否',
      r.region.name, `${r.from}至${r.to}`,
    ]),
  };
}

export function idleSheet(r: Scope & { since: string; asOf: string; items: IdleView[] }): SheetSpec {
  return {
    name: '长期无需求事项',
    columns: [
      { header: '事项编码', width: 14 }, { header: '事项名称', width: 30 }, { header: '现办理层级', width: 10 },
      { header: '最近一次需求', width: 14 }, { header: '纳入清单日期', width: 14 }, { header: '满12个月', width: 10 },
      { header: '区域', width: 14 }, { header: '无需求期间', width: 24 },
    ],
    rows: r.items.map((i) => [
      i.code, i.name, level(i.level), i.lastDemand ?? '无记录', i.inCatalogueSince ?? '', i.wholeWindow ? '是' : '否',
      r.region.name, `${r.since}至${r.asOf}`,
    ]),
  };
}

export function suggestionsSheet(r: Scope & { from: string; to: string; suggestions: SuggestionView[] }): SheetSpec {
  return {
    name: '目录调整建议',
    columns: [
      { header: '建议类型', width: 12 }, { header: '事项或需求', width: 30 }, { header: '现办理层级', width: 10 }, { header: '建议层级', width: 10 },
      { header: '依据（数据）', width: 60 }, { header: '规则', width: 60 }, { header: '条款', width: 14 }, { header: '已有待审提议', width: 12 },
    ],
    rows: r.suggestions.map((s) => [
      TYPE[s.type] ?? s.type, s.item ? `${s.item.code} ${s.item.name}` : s.topic, level(s.item?.level ?? null), level(s.targetLevel),
      s.summary, s.rule.text, s.rule.clause, s.pendingProposalId ? `#${s.pendingProposalId}` : '',
    ]),
  };
}
