// Chinese free text of the satisfaction side of the demo data: rectification notes (DB1405 8.2),
// 回访 comments and findings (8.1.2), public suggestions and their answers (8.2.3). Like texts.ts:
// no tab, newline or backslash (COPY text format), no double quote (JSON event data), and no
// personal data at all — no names, no "X先生 / X师傅" forms, no long digit runs — so the
// redacted public copy of every seeded text is the text itself (feedback-texts.spec.ts checks
// that with the API's redactComment).

/** What a bad rating complained about; picks the matching notes of its rectification. */
export type Complaint = 'DELAY' | 'ATTITUDE' | 'MATERIAL' | 'FAILED' | 'GENERIC';

export interface RectificationTexts {
  verify: readonly string[];
  measures: readonly string[];
  feedback: readonly string[];
}

export const RECTIFICATION_TEXTS: Record<Complaint, RectificationTexts> = {
  DELAY: {
    verify: [
      '经核实，该件因上级部门审核排队，办结时间超过承诺时限，期间未主动告知群众进度',
      '经核实，代办员送件后未及时跟进，导致办理时间延长',
      '经核实，材料在乡镇转交环节积压两天，属实',
    ],
    measures: [
      '建立代办件每日进度台账，超过一半时限的件由站长督办',
      '与乡镇便民服务中心约定转交时间，代办件当天送、当天登记',
      '对代办员进行限时办结要求再培训，办理中每三个工作日向群众告知一次进度',
    ],
    feedback: ['已电话向群众说明延误原因并致歉，群众表示理解', '已上门向群众反馈整改情况，群众认可'],
  },
  ATTITUDE: {
    verify: [
      '经核实，代办员接待时语气生硬，解释不够耐心，属实',
      '经核实，群众多次来电时服务站无人接听，原因是值班人员外出代办未安排替岗',
      '经核实，存在答复群众不耐心的情况',
    ],
    measures: [
      '对当事代办员进行批评教育，组织全站学习文明服务用语',
      '公示值班电话并设置呼叫转移，外出代办时安排替岗人员',
      '将服务态度纳入代办员月度考评，开展一次服务礼仪培训',
    ],
    feedback: ['已当面向群众道歉并说明整改措施，群众表示满意', '已电话回访群众，反馈整改措施，群众表示认可'],
  },
  MATERIAL: {
    verify: [
      '经核实，受理时未一次性告知全部所需材料，导致群众补交材料多跑一趟',
      '经核实，代办员对该事项材料清单掌握不准，前后告知不一致',
    ],
    measures: [
      '按事项清单重新核对材料目录，打印一次性告知单放在服务站窗口',
      '组织代办员学习本站常办事项的材料要求，受理时逐项对照清单告知',
    ],
    feedback: ['已向群众致歉，并说明今后受理时一次性告知全部材料', '已电话反馈整改情况，群众表示理解'],
  },
  FAILED: {
    verify: [
      '经核实，该事项因不符合办理条件未能办成，但未向群众讲清楚政策依据和后续途径',
      '经核实，材料被退回后代办员未及时告知群众补正方法',
    ],
    measures: [
      '办理不成的事项一律书面告知原因、依据和其他可行途径',
      '与主管部门沟通政策口径，整理常见不予办理情形的解释口径供代办员使用',
    ],
    feedback: ['已上门向群众解释政策依据并告知其他办理途径，群众表示理解', '已协助群众重新准备材料，并告知下一步办理方法'],
  },
  GENERIC: {
    verify: [
      '经电话联系群众核实，主要不满意办理过程中沟通不够及时',
      '经核实，群众对办理时长和告知方式不满意',
      '经走访群众核实，服务过程中存在解释不清的问题',
    ],
    measures: [
      '服务站召开整改会议，明确办理过程中的告知节点',
      '完善代办件回访制度，办结后三个工作日内主动回访',
    ],
    feedback: ['已向群众反馈整改措施，群众表示认可', '已电话告知群众整改情况并致歉'],
  },
};

export const RECHECK_PASS_NOTES = [
  '经复查，整改措施已落实，群众认可',
  '复查属实，已建立相关制度，同意办结',
  '经电话回访群众，对整改结果表示满意，同意办结',
];
export const RECHECK_FAIL_NOTES = [
  '复查发现整改措施不具体，请补充并落实到人',
  '群众对反馈情况仍不认可，请重新整改并再次反馈',
];

export const APPEAL_NOTES = {
  MISTAKEN: [
    '群众在评价器上误按了不满意，经电话联系群众确认本意为满意',
    '群众反映网上评价时选错了选项，本人已说明情况',
  ],
  MALICIOUS: [
    '该评价与本次代办事项无关，群众因其他纠纷对服务站有意见',
    '群众所提要求不符合政策规定，办结后以差评施压，有沟通记录为证',
  ],
} as const;
export const APPEAL_UPHOLD_NOTES = ['经核查申诉属实，评价保留记录但不计入满意度统计', '申诉理由成立'];
export const APPEAL_REJECT_NOTES = ['申诉依据不足，请按程序核实整改', '经核查评价反映的问题存在，驳回申诉，请继续整改'];

/** 回访 (DB1405 8.1.2): what a reached citizen says, by rating. */
export const SURVEY_GOOD = ['对代办服务很满意', '代办员很负责，办得快', '不用跑腿就办好了，很方便', '服务挺好，没什么意见'];
export const SURVEY_NEUTRAL = ['总体满意，希望办理再快一些', '还可以，就是等的时间有点长'];
export const SURVEY_NOT_REACHED = ['电话无人接听', '电话关机', '号码已停机', '连续两次未接通'];
export const SURVEY_REFUSED = ['群众表示不愿接受回访', '群众表示正忙，不愿回答'];

/** What a 回访 call found, by complaint (the finding opens a rectification, 8.2). */
export const SURVEY_FINDINGS: Record<Complaint, readonly string[]> = {
  DELAY: ['回访中群众反映办理时间超过承诺时限，且中途无人告知进度'],
  ATTITUDE: ['回访中群众反映代办员态度冷淡，电话经常无人接听'],
  MATERIAL: ['回访中群众反映材料没有一次性告知清楚，多跑了一趟'],
  FAILED: ['回访中群众反映事项没有办成，也没讲清楚原因'],
  GENERIC: ['回访中群众对代办服务表示不满意，希望改进沟通方式'],
};

/** DB1405 8.2.3: opinions and suggestions from the public, with the answer they got. */
export const SUGGESTIONS: ReadonlyArray<readonly [content: string, answer: string]> = [
  ['建议服务站周末也安排人值班，平时上班没时间去', '已采纳。各服务站周六上午安排代办员轮流值班，具体时间见站内公示'],
  ['服务站中午休息时间太长，希望中午也能办事', '已协调各村在农忙季节实行中午错时值班，其他时间可电话预约'],
  ['希望能增加老年人优待证的代办', '老年人优待证已纳入代办事项清单，可到村便民服务站委托代办'],
  ['能不能把车辆违章处理也纳入代办', '该事项需本人到交警部门办理，暂不能代办，已转县公安局研究'],
  ['服务站门口没有停车的地方，建议划几个车位', '已转村委会，将在服务站旁空地划设临时停车位'],
  ['建议在服务站放一台自助打印机', '已列入乡镇便民服务设施补充计划，年内配置'],
  ['希望网上能查到代办件的办理进度', '代办件进度可凭回执上的案件号向服务站查询，网上查询功能正在建设'],
  ['服务站的电话经常打不通', '已要求各服务站公示值班电话并设置呼叫转移，保证工作时间有人接听'],
  ['建议把医保缴费也放到服务站办', '城乡居民医保缴费已可在服务站代办，也可通过手机缴纳'],
  ['希望多宣传一下哪些事情可以代办', '已在各村公示栏和微信群发布代办事项清单，并将定期更新'],
  ['老人腿脚不便，希望能上门代办', '行动不便的老人可电话预约，代办员上门受理'],
  ['服务站里没有饮水和座椅，等的时候不方便', '已转乡镇落实，服务站将配置饮水机和休息座椅'],
  ['建议增加残疾人证件年审的代办', '残疾人证换领已在代办清单中，年审事项已转县残联研究纳入'],
  ['办事指南上的字太小，老年人看不清', '已要求各服务站张贴大字版办事指南'],
  ['希望能在服务站复印材料，不要让我们自己去镇上复印', '服务站已配备复印设备，代办所需材料可免费复印'],
  ['建议冬季取暖补贴的申报也能代办', '已纳入本年度代办事项清单调整建议，经县局审定后公布'],
  ['希望代办员能提前告诉我们要带什么材料', '已要求代办员受理前一次性告知所需材料，并提供告知单'],
  ['服务站的开放时间和公示的时间不一致', '已核实并督促整改，服务站须按公示时间开放'],
  ['希望乡镇能多派人下来指导代办员', '乡镇每月安排业务骨干到村服务站开展一次业务指导'],
  ['建议在服务站设置意见箱', '各服务站已设置意见箱，由乡镇每周开箱一次'],
  ['夏天服务站太热，希望装个空调', '已列入村级阵地改造计划'],
  ['建议把社保卡补办也纳入代办', '社保卡补换领已可在服务站代办，一般十个工作日内办结'],
  ['希望宅基地审批的进度能快一些', '已转县农业农村局，将压缩审批环节并及时告知进度'],
  ['建议给代办员统一佩戴工作证，方便群众认识', '已统一制作代办员工作牌，上岗时佩戴'],
];
