/** All UI text (zh-CN) and the error-code → message map. Components take their strings from here. */

export const APP_TITLE = '红色代办监管平台';

export const t = {
  appTitle: APP_TITLE,
  appSubtitle: '晋城市“红色代办”服务监管',
  logout: '退出',
  login: {
    heading: '用户登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    submitting: '正在登录…',
    required: '请输入用户名和密码',
  },
  dashboard: {
    section: '按时办结率',
    sectionHint: '按办结月份统计的按时办结情况',
    region: '区域',
    period: '统计期间',
    from: '起始月份',
    to: '截止月份',
    periodInvalid: '起始月份不能晚于截止月份',
    loading: '正在加载数据…',
    retry: '重试',
    allRegions: '查看全部区域',
    empty: '所选区域和期间内没有办结的案件',
    definition: '指标口径',
    chartLabel: (region: string, from: string, to: string) => `${region}${from}至${to}按月按时办结率折线图`,
    periodText: (from: string, to: string) => (from === to ? from : `${from} 至 ${to}`),
    kpiCompleted: '办结件数',
    kpiOnTime: '按时办结件数',
    kpiOverdue: '超期办结件数',
    kpiRate: '按时办结率',
    tableCaption: '按月明细',
    colPeriod: '月份',
    colCompleted: '办结件数',
    colOnTime: '按时办结件数',
    colRate: '按时办结率',
    noRate: '—',
  },
  regionPicker: {
    allOf: (name: string) => `全部（${name}）`,
    loading: '加载中…',
    loadFailed: '区域列表加载失败',
  },
  chart: {
    seriesName: '按时办结率',
    title: (region: string) => `${region}按时办结率`,
    subtitle: (from: string, to: string) => `${from} 至 ${to}，按办结月份统计`,
    yAxisName: '按时办结率（%）',
    overall: '期间整体',
    tooltipRate: '按时办结率',
    tooltipCompleted: '办结件数',
    tooltipOnTime: '按时办结件数',
    tooltipNoData: '本月无办结案件',
  },
  notFound: '页面不存在，已返回首页',
} as const;

/** Region level → label for the picker's select of that level. */
export const REGION_LEVEL_LABELS: Record<string, string> = {
  PROVINCE: '省',
  CITY: '市',
  COUNTY: '县（市、区）',
  TOWNSHIP: '乡镇（街道）',
  VILLAGE: '村（社区）',
};

/**
 * Fallback messages by error code, used when the response carries no Chinese `message`
 * (e.g. a proxy answered with HTML, or the network failed). The API's own message wins.
 */
export const ERROR_MESSAGES: Record<string, string> = {
  'AUTH.INVALID_CREDENTIALS': '用户名或密码错误',
  'AUTH.UNAUTHENTICATED': '请先登录',
  'AUTH.INVALID_TOKEN': '登录已失效，请重新登录',
  'AUTH.FORBIDDEN': '没有执行此操作的权限',
  'INDICATOR.INVALID_PERIOD': '统计期间不正确，请检查起止月份',
  'REGION.NOT_FOUND': '区域不存在或不在您的管辖范围内',
  'ANALYTICS.UNAVAILABLE': '统计服务暂不可用，请稍后再试',
  'VALIDATION.FAILED': '请求参数不正确',
  'REQUEST.INVALID': '请求格式不正确',
  'REQUEST.TOO_LARGE': '请求内容过大',
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': '不支持的请求格式',
  'ROUTE.NOT_FOUND': '请求的接口不存在',
  'ROUTE.METHOD_NOT_ALLOWED': '不支持的请求方法',
  'RATE.LIMITED': '请求过于频繁，请稍后再试',
  'INTERNAL.ERROR': '服务器内部错误，请稍后再试',
  'CLIENT.NETWORK': '网络连接失败，请检查网络后重试',
  'CLIENT.BAD_RESPONSE': '服务器返回了无法识别的数据',
};

const STATUS_MESSAGES: Record<number, string> = {
  400: '请求参数不正确',
  401: '登录已失效，请重新登录',
  403: '没有权限执行此操作',
  404: '请求的资源不存在',
  408: '请求超时，请稍后再试',
  429: '请求过于频繁，请稍后再试',
  500: '服务器内部错误，请稍后再试',
  502: '服务暂时不可用，请稍后再试',
  503: '服务暂时不可用，请稍后再试',
  504: '服务器响应超时，请稍后再试',
};

const GENERIC = '操作失败，请稍后再试';

/** True when the text contains at least one CJK character (i.e. it is meant for the user). */
function isChinese(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text);
}

/**
 * The message to show for a failed request: the API's Chinese `message` when present,
 * else the message for its `code`, else one for the HTTP status, else a generic one.
 */
export function errorMessage(err: { code?: string; message?: string; status?: number } | null | undefined): string {
  if (!err) return GENERIC;
  if (err.message && isChinese(err.message)) return err.message;
  if (err.code && ERROR_MESSAGES[err.code]) return ERROR_MESSAGES[err.code];
  if (err.status && STATUS_MESSAGES[err.status]) return STATUS_MESSAGES[err.status];
  if (err.status && err.status >= 500) return STATUS_MESSAGES[500];
  return GENERIC;
}
