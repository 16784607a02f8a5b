// The starting content of a new catalogue item suggested by off-catalogue demand (DB1405 7.1.2).
// A proposal stores the whole item (content.ts), but demand figures only give its name. The web
// shows this draft for the leader to complete before sending; when nothing is sent, the draft
// itself is proposed, its placeholders plain to see in the proposal so the decider sends it back
// rather than publishing an item without department or legal basis (DB1405 4.6). Pure.
import { LIMITS, type ProposedContent } from '../catalogue/content';

export const DRAFT_CATEGORY = '其他';
export const DRAFT_DEPARTMENT = '待定（请补充办理部门）';
export const DRAFT_LEGAL_BASIS = '待补充（依据群众高频办事需求提出，DB1405 7.1.2）';
export const DRAFT_TIME_LIMIT_DAYS = 10;

/** A name within the catalogue's 2-100 characters, from the representative topic text. */
export function draftName(topic: string): string {
  const chars = [...topic.trim().replace(/\s+/g, ' ')];
  const name = chars.slice(0, LIMITS.name[1]).join('');
  return chars.length >= LIMITS.name[0] ? name : `${name}事项`;
}

export function draftContent(topic: string): ProposedContent {
  return {
    name: draftName(topic),
    category: DRAFT_CATEGORY,
    source: 'LOCAL_DEMAND',
    // 就近办 (DB1405 7.1.3): start from the village; the leader moves it up where the authority sits.
    level: 'VILLAGE',
    department: DRAFT_DEPARTMENT,
    legalBasis: DRAFT_LEGAL_BASIS,
    timeLimitDays: DRAFT_TIME_LIMIT_DAYS,
    statutoryFee: 0,
    // DB1405 6.1-6.4: consultation, commission, proxy, reply.
    procedure: ['群众到村便民服务站提出需求', '代办员一次性告知所需材料并受理委托', '代办员全程代办', '办结后及时告知群众办理结果'],
    materials: [{ name: '申请人居民身份证', form: 'ORIGINAL', copies: 1, howToGet: '本人携带' }],
  };
}
