// Fixed code lists of evaluations (DB1405 8.1.1; national 好差评 five levels), with Chinese labels.
import { LEVELS, type Level } from './satisfaction';

export { LEVELS, type Level };

export const LEVEL_TEXT: Record<Level, string> = {
  VERY_SATISFIED: '非常满意',
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  DISSATISFIED: '不满意',
  VERY_DISSATISFIED: '非常不满意',
};

/** DB1405 8.2: these open a rectification, whatever the channel. */
export const BAD_LEVELS: ReadonlySet<string> = new Set<Level>(['DISSATISFIED', 'VERY_DISSATISFIED']);

/** DB1405 8.1.1: 意见箱（簿）、评价器、书面评价表格, and the online channel. */
export const CHANNELS = ['ONLINE', 'DEVICE', 'PAPER', 'COMMENT_BOX'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_TEXT: Record<Channel, string> = { ONLINE: '网上评价', DEVICE: '评价器', PAPER: '纸质评价表', COMMENT_BOX: '意见箱' };

/** NONE: no comment, nothing to moderate; only APPROVED redacted comments may ever be public (8.1.3). */
export const MODERATION = ['PENDING', 'APPROVED', 'REJECTED', 'NONE'] as const;
export const MODERATION_TEXT: Record<string, string> = { PENDING: '待审核', APPROVED: '已通过', REJECTED: '不予公开', NONE: '无留言' };

export const FIRST_OCCASION = 1;
