import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';
import type { ContentProblem } from './content';
import type { ProposalAction, ProposalStatus } from './proposal-state';

const STATUS_TEXT: Record<ProposalStatus, string> = { PROPOSED: '待审批', APPROVED: '已批准', REJECTED: '已驳回', PUBLISHED: '已发布' };
const ACTION_TEXT: Record<ProposalAction, string> = { approve: '批准', reject: '驳回', publish: '发布' };

export const CatalogueErrors = {
  itemNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'CATALOGUE.NOT_FOUND', '事项不存在'),
  proposalNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'CATALOGUE.NOT_FOUND', '目录调整申请不存在'),
  invalidContent: (problems: ContentProblem[]) =>
    new AppError(HttpStatus.BAD_REQUEST, 'CATALOGUE.INVALID_CONTENT', `事项内容有误：${problems.map((p) => p.problem).join('；')}`, problems),
  // DB1405 4.5: the proxy service is free; no content may carry a proxy, service or handling fee.
  proxyFeeForbidden: () =>
    new AppError(HttpStatus.BAD_REQUEST, 'CATALOGUE.PROXY_FEE_FORBIDDEN', '红色代办实行无偿服务，事项内容不得包含代办费、服务费或手续费（DB1405 4.5）'),
  invalidProposal: (message: string) => new AppError(HttpStatus.BAD_REQUEST, 'CATALOGUE.INVALID_PROPOSAL', message),
  noChange: () => new AppError(HttpStatus.BAD_REQUEST, 'CATALOGUE.NO_CHANGE', '调整内容与现行版本相同，无需提出调整'),
  levelUnchanged: () => new AppError(HttpStatus.BAD_REQUEST, 'CATALOGUE.LEVEL_UNCHANGED', '调整办理层级时，新层级应与现行层级不同'),
  itemInactive: () => new AppError(HttpStatus.CONFLICT, 'CATALOGUE.ITEM_INACTIVE', '该事项未在清单中生效（已停用或尚未发布），不能调整'),
  proposalPending: () => new AppError(HttpStatus.CONFLICT, 'CATALOGUE.PROPOSAL_PENDING', '该事项已有待审批或待发布的调整，请先处理后再提出新的调整'),
  selfApproval: () => new AppError(HttpStatus.FORBIDDEN, 'CATALOGUE.SELF_APPROVAL', '不能审批本人提出的目录调整'),
  invalidTransition: (status: ProposalStatus, action: ProposalAction) =>
    new AppError(HttpStatus.CONFLICT, 'CATALOGUE.INVALID_TRANSITION', `该调整当前为“${STATUS_TEXT[status]}”，不能${ACTION_TEXT[action]}`),
  noteRequired: () => new AppError(HttpStatus.BAD_REQUEST, 'CATALOGUE.NOTE_REQUIRED', '驳回时必须填写驳回意见'),
  invalidEffectiveDate: () => new AppError(HttpStatus.BAD_REQUEST, 'CATALOGUE.INVALID_EFFECTIVE_DATE', '生效日期应为 YYYY-MM-DD 格式的有效日期'),
  effectiveDateInPast: () => new AppError(HttpStatus.BAD_REQUEST, 'CATALOGUE.EFFECTIVE_DATE_PAST', '生效日期不能早于今天'),
  effectiveOrder: (version: number, date: string) =>
    new AppError(HttpStatus.CONFLICT, 'CATALOGUE.EFFECTIVE_ORDER', `该事项的第 ${version} 版将于 ${date} 生效，新版本的生效日期不能早于它`),
};
