// Chinese free text of the demo data: consultation questions and answers (DB1405 6.1),
// off-catalogue topics that feed the demand statistics (7.1.2), evaluation comments (8.1) and
// failure reasons (6.4.2). Texts contain no tab, newline or backslash (COPY text format).

/** Matters villagers ask about that are not in the catalogue (demand evidence, DB1405 7.1.2). */
export const OFF_CATALOGUE_TOPICS: ReadonlyArray<readonly [topic: string, content: string, answer: string]> = [
  ['新农合异地报销咨询', '在外地住院，回来后怎么报销医药费', '已告知需先办理异地就医备案，未备案的可凭发票和病历到县医保中心手工报销'],
  ['光伏板安装补贴', '自家屋顶装光伏板有没有补贴、找谁办', '已联系乡镇能源办，目前无单独户用补贴，可咨询供电公司并网手续'],
  ['小额信贷', '想贷款养牛，能不能办小额贴息贷款', '已告知可到农商银行网点申请，脱贫户可申请脱贫人口小额信贷'],
  ['燃气改造补贴', '煤改气以后的补贴什么时候发', '已向乡镇核实，补贴按年度统一发放到一卡通'],
  ['取暖补助', '冬季取暖补助发给哪些人', '已告知低保、特困等困难群众由乡镇统一核定发放'],
  ['子女入学政策', '孩子在县城上学需要什么手续', '已联系县教育局，需提供户口簿和居住证明，按片区划分入学'],
  ['土地确权纠纷', '承包地面积和确权证书上对不上', '已记录并转乡镇农经站核实，约定三个工作日内回复'],
  ['房屋拆迁补偿', '修路占了院子，补偿标准是多少', '已联系乡镇，补偿按县政府公布标准执行，工作人员将上门核实'],
  ['宽带网络安装', '村里能不能装光纤宽带', '已告知运营商营业厅电话，可预约上门安装'],
  ['农产品网上销售', '家里的核桃想在网上卖，有没有人帮忙', '已推荐乡镇电商服务站，可免费代为上架销售'],
  ['养老院入住', '老人想住敬老院，条件是什么', '已告知特困老人可申请集中供养，其他老人可入住县社会福利院，自费'],
  ['医保缴费标准', '今年医保一年交多少钱', '已告知本年度城乡居民医保个人缴费标准，可在服务站或手机上缴纳'],
  ['养老金发放时间', '养老金每月几号到账', '已告知每月中旬发放到社会保障卡'],
  ['公益性岗位', '村里有没有保洁之类的公益岗位', '已告知公益性岗位由乡镇统一招聘，有岗位时村里会公示'],
  ['自来水入户', '新盖的房子怎么接自来水', '已联系村委会和县水务公司，需提交申请后安排施工'],
  ['车辆年检', '三轮车年检在哪办', '已告知县车管所地址和所需材料'],
  ['手机银行使用', '不会用手机交电费', '已现场教会使用手机银行缴费'],
  ['法律援助', '工伤赔偿谈不拢，能不能找律师', '已告知可向县法律援助中心申请，代办员协助预约'],
  ['防返贫监测', '家里有人生病，能不能纳入防返贫监测', '已记录并报乡镇乡村振兴办，将入户核实'],
  ['雨露计划补助', '孩子上职业学校有没有补助', '已告知脱贫家庭子女可申请雨露计划补助，开学后统一申报'],
];

export const CONTENT_TEMPLATES: ReadonlyArray<(item: string) => string> = [
  (i) => `想了解${i}需要带哪些材料`,
  (i) => `家里老人想办${i}，问能不能代办`,
  (i) => `${i}在哪里办、多长时间能办好`,
  (i) => `咨询${i}的办理条件`,
  (i) => `电话询问${i}的办理进度和流程`,
];

export function immediateAnswer(materials: string, days: number): string[] {
  return [
    `已一次性告知所需材料：${materials}；可由红色代办员全程代办，承诺${days}个工作日内办结`,
    `已告知办理条件和流程，材料备齐后可到服务站委托代办，不用本人跑腿`,
    `已当场答复，并告知所需材料：${materials}`,
  ];
}

export function deferredAnswer(department: string): string {
  return `当场无法确定，经与${department}核实后电话回复了办理条件和材料`;
}

export const CONVERTED_ANSWER = '材料齐全，群众自愿委托，已转为代办件受理';

/** Failure reason codes (DB1405 6.4.2: the reason is given back to the citizen). */
export const FAILURE_REASONS: ReadonlyArray<readonly [string, number]> = [
  ['NOT_ELIGIBLE', 45],
  ['MATERIAL_INVALID', 30],
  ['CITIZEN_WITHDREW', 17],
  ['POLICY_CHANGED', 8],
];

export const GOOD_COMMENTS = [
  '代办员很耐心，不用自己跑县城了',
  '服务热情，办得很快',
  '在家门口就办好了，感谢党员代办员',
  '上门帮老人办的，非常满意',
  '一次就告诉清楚要带什么，没有白跑',
  '办事效率高，态度好',
  '红色代办真方便',
];
export const NEUTRAL_COMMENTS = ['办是办好了，就是材料要求有点多', '总体还行，希望以后能更快', '流程还可以再简化'];
export const DELAY_COMMENTS = ['等的时间有点长，超过了说的时间', '比承诺的时间晚了好几天', '中间没人告诉进度，等得着急', '排队等了很久'];
export const ATTITUDE_COMMENTS = ['代办员态度不太好', '打电话没人接，来了好几趟', '说话不耐烦', '问了几遍才给解释，不太耐心'];
/** DB1405 6.2.2 asks for a one-time notice of the missing materials; these say it was not given. */
export const MATERIAL_COMMENTS = ['材料没有一次说清楚，来回跑了两趟', '第一次没说要带户口本，又补交了一次', '要补的材料前后说得不一样'];
export const FAILED_COMMENTS = ['没办成，说是不符合条件', '材料退回来了，不知道下一步怎么办', '白跑一趟'];

export const OPENING_HOURS = [
  '周一至周五 8:30-12:00, 14:30-17:30',
  '周一至周五 8:30-12:00, 14:30-17:30',
  '周一至周五 8:30-12:00, 14:30-17:30；周六上午值班',
  '周一至周五 9:00-12:00, 14:30-17:30',
];

export const SKILLS = ['社保', '医保', '民政', '户籍', '不动产', '农业补贴', '残联', '退役军人', '市场主体登记', '计生'];
