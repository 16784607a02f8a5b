// Shapes of the demand statistics API (DB1405 7.1.2-7.1.3), as api/src/demand returns them.
import type { CatalogueContent } from './types';

export interface DemandRegion {
  code: string;
  name: string;
  level: string;
}

export interface DemandParams {
  from: string;
  to: string;
  region?: string | null;
}

export interface DemandTopItem {
  rank: number;
  itemId: number;
  code: string;
  name: string;
  level: string;
  active: boolean;
  consultations: number;
  cases: number;
  demand: number;
  townships: number;
  previous: { consultations: number; cases: number; demand: number };
  /** Percent, one decimal; null when the previous period had no demand. */
  growthPct: number | null;
}

export interface DemandTop {
  region: DemandRegion;
  from: string;
  to: string;
  previous: { from: string; to: string };
  limit: number;
  items: DemandTopItem[];
}

export interface DemandTopic {
  key: string;
  text: string;
  count: number;
  townships: number;
  variants: { text: string; count: number }[];
  inCatalogue: boolean;
}

export interface DemandOffCatalogue {
  region: DemandRegion;
  from: string;
  to: string;
  total: number;
  truncated: boolean;
  topics: DemandTopic[];
}

export interface DemandIdleItem {
  itemId: number;
  code: string;
  name: string;
  level: string;
  lastDemand: string | null;
  inCatalogueSince: string | null;
  wholeWindow: boolean;
}

export interface DemandIdle {
  region: DemandRegion;
  asOf: string;
  since: string;
  months: number;
  items: DemandIdleItem[];
}

export type SuggestionType = 'ADD' | 'MOVE_NEARER' | 'RETIRE';

export interface DemandSuggestion {
  type: SuggestionType;
  key: string;
  item: { id: number; code: string; name: string; level: string } | null;
  topic: string | null;
  topicKey: string | null;
  targetLevel: string | null;
  rule: { id: string; clause: string; text: string };
  figures: Record<string, string | number | null | string[]>;
  summary: string;
  pendingProposalId: number | null;
  /** ADD only: the server's starting content of the new item. */
  draft?: CatalogueContent;
}

export interface DemandSuggestions {
  region: DemandRegion & { townships: number };
  from: string;
  to: string;
  asOf: string;
  since: string;
  thresholds: Record<string, number>;
  suggestions: DemandSuggestion[];
}

export interface DemandProposalRequest extends DemandParams {
  type: SuggestionType;
  itemId?: number;
  topic?: string;
  reason?: string;
  content?: CatalogueContent;
}

export type DemandTable = 'top' | 'off-catalogue' | 'idle' | 'suggestions';
