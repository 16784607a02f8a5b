import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

export const CaseErrors = {
  notFound: () => new AppError(HttpStatus.NOT_FOUND, 'CASE.NOT_FOUND', '案件不存在，或不在您的管辖范围内'),
  // DB1405 4.1: a proxy only on the citizen's voluntary commission.
  consentRequired: () =>
    new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'CASE.CONSENT_REQUIRED', '须经群众自愿委托并记录委托方式后方可代办（DB1405 4.1）'),
  privateMatter: () =>
    new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'CASE.PRIVATE_MATTER', '群众不愿代办或涉及个人隐私的事项不予代办（DB1405 4.1）'),
  unknownItem: () => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'CASE.UNKNOWN_ITEM', '事项不存在或未在事项清单中生效'),
  unknownMaterials: (ids: number[]) =>
    new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'CASE.UNKNOWN_MATERIAL', `材料不在该事项的材料清单中：${ids.join('、')}`, { ids }),
  noMaterialsChosen: () => new AppError(HttpStatus.BAD_REQUEST, 'CASE.NO_MATERIALS', '请选择补交的材料'),
  materialsAlreadyProvided: (names: string[]) =>
    new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'CASE.MATERIAL_ALREADY_PROVIDED', `以下材料已登记为已提交：${names.join('、')}`),
  invalidTransition: (reason: string) => new AppError(HttpStatus.CONFLICT, 'CASE.INVALID_TRANSITION', reason),
  versionConflict: (current: number) =>
    new AppError(HttpStatus.CONFLICT, 'CASE.VERSION_CONFLICT', '案件已被他人修改，请刷新后重试', { currentVersion: current }),
  noNotice: () => new AppError(HttpStatus.NOT_FOUND, 'CASE.NO_NOTICE', '该案件材料齐全，无需一次性告知'),
  notAnAgent: () => new AppError(HttpStatus.FORBIDDEN, 'CASE.NOT_AN_AGENT', '当前账号未关联红色代办员，不能登记'),
  // DB1405 6.4.3: a charged fee comes with its lawful receipt.
  receiptRequired: () => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'CASE.RECEIPT_REQUIRED', '收取法定费用时须登记合法收费票据号（DB1405 6.4.3）'),
  invalidDate: (message: string) => new AppError(HttpStatus.BAD_REQUEST, 'CASE.INVALID_DATE', message),
  extensionNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'CASE.EXTENSION_NOT_FOUND', '延期申请不存在'),
  extensionPending: () => new AppError(HttpStatus.CONFLICT, 'CASE.EXTENSION_PENDING', '该案件已有待审批的延期申请'),
  extensionDecided: () => new AppError(HttpStatus.CONFLICT, 'CASE.EXTENSION_DECIDED', '该延期申请已审批'),
  noteRequired: () => new AppError(HttpStatus.BAD_REQUEST, 'CASE.NOTE_REQUIRED', '驳回时必须填写意见'),
  noFiles: () => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'CASE.NO_FILES', '请先上传扫描材料再上报（DB1405 7.2.3 b）'),
  fileNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'CASE.FILE_NOT_FOUND', '文件不存在，或不在您的管辖范围内'),
  consultationUnavailable: () =>
    new AppError(HttpStatus.CONFLICT, 'CONSULTATION.ALREADY_CONVERTED', '该咨询已转为案件'),
  consultationNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'CONSULTATION.NOT_FOUND', '咨询记录不存在，或不在您的管辖范围内'),
};

export const HandoffErrors = {
  notFound: () => new AppError(HttpStatus.NOT_FOUND, 'HANDOFF.NOT_FOUND', '上报件不存在，或不在您的管辖范围内'),
  outOfOrder: (reason: string) => new AppError(HttpStatus.CONFLICT, 'HANDOFF.OUT_OF_ORDER', reason),
  noTarget: () => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'HANDOFF.NO_TARGET', '找不到该服务站所属的乡镇或县级便民服务中心'),
};
