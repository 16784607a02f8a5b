// Fixed code lists of the case lifecycle, each with its Chinese label for screens and messages.

/** DB1405 4.1: how the citizen's voluntary commission was given. */
export const CONSENT_METHODS = { SIGNED_FORM: '书面委托书', VERBAL_RECORDED: '口头委托（已记录）', ONLINE: '线上委托' } as const;

/** DB1405 6.4.1: how the result was told to the citizen. */
export const NOTIFY_CHANNELS = { PHONE: '电话', SMS: '短信', VISIT: '上门', WECHAT: '微信' } as const;

/** DB1405 6.4.2: why a matter could not be done (the seed uses the same codes). */
export const FAILURE_REASONS = {
  NOT_ELIGIBLE: '不符合办理条件',
  MATERIAL_INVALID: '材料不符合要求',
  CITIZEN_WITHDREW: '群众撤回委托',
  POLICY_CHANGED: '政策调整',
  OTHER: '其他原因',
} as const;

export const PAUSE_KINDS = { SUPPLEMENT: '补正', SUSPENSION: '中止' } as const;

export const EXTENSION_STATUSES = { PENDING: '待审批', APPROVED: '已批准', REJECTED: '已驳回' } as const;

export const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];
