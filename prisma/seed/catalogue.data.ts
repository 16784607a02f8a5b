// The demo service catalogue (DB1405 7.1): items a village station proxies, modelled on
// Shanxi's township and village convenience-service guidance catalogues (乡镇/村便民服务事项指导
// 目录), the village organisations' duty list (村级组织履行事项清单) and local high-frequency
// demand (7.1.2). Time limits are promised working days (4.3); fees are statutory fees charged
// by the authority, never a proxy fee (4.5).

export type Source = 'TOWNSHIP_GUIDE' | 'VILLAGE_GUIDE' | 'VILLAGE_DUTY_LIST' | 'LOCAL_DEMAND';
export type Level = 'VILLAGE' | 'TOWNSHIP' | 'COUNTY';
export type Form = 'ORIGINAL' | 'COPY' | 'ORIGINAL_AND_COPY';

export interface MaterialDef {
  name: string;
  form: Form;
  copies: number;
  howToGet: string;
}

export interface ItemDef {
  code: string;
  name: string;
  category: string;
  source: Source;
  level: Level;
  department: string;
  legalBasis: string;
  timeLimitDays: number;
  fee: string;
  materials: MaterialDef[];
  /** Procedure steps shown to citizens (DB1405 4.4, 5.1.4), in order. */
  procedure: string[];
  /** Month (1-12) → demand multiplier, for campaign seasons (e.g. 医保 payment in Q1). */
  peaks?: Record<number, number>;
}

const COMMON: Record<string, [string, Form, number, string]> = {
  ID: ['申请人居民身份证', 'ORIGINAL_AND_COPY', 1, '本人携带'],
  HUKOU: ['户口簿', 'ORIGINAL_AND_COPY', 1, '本人携带'],
  PHOTO: ['近期一寸免冠彩色照片', 'ORIGINAL', 2, '可在服务站现场拍照打印'],
  BANK: ['本人银行卡或社会保障卡（一卡通）', 'COPY', 1, '可在服务站现场复印'],
  FORM: ['申请审批表', 'ORIGINAL', 1, '可在服务站领取，由代办员协助填写'],
  INCOME: ['家庭收入及财产情况说明', 'ORIGINAL', 1, '村委会开具'],
  MARRIAGE: ['结婚证', 'ORIGINAL_AND_COPY', 1, '本人携带'],
  BIRTH: ['出生医学证明', 'ORIGINAL_AND_COPY', 1, '助产机构出具'],
  HOSP: ['住院病历或诊断证明', 'COPY', 1, '就诊医院出具'],
  INVOICE: ['医疗费用发票及费用明细清单', 'ORIGINAL', 1, '就诊医院出具'],
  DISAB: ['残疾人证', 'ORIGINAL_AND_COPY', 1, '本人携带'],
  PROPERTY: ['不动产权证书（房产证）', 'ORIGINAL', 1, '本人携带'],
  SSCARD: ['社会保障卡', 'ORIGINAL', 1, '本人携带'],
  VETERAN: ['退伍证或退役证明', 'COPY', 1, '本人携带'],
};

/** A material is either a COMMON key or "name|FORM|copies|how to get". */
function material(spec: string): MaterialDef {
  const common = COMMON[spec];
  if (common) return { name: common[0], form: common[1], copies: common[2], howToGet: common[3] };
  const [name, form, copies, howToGet] = spec.split('|');
  if (!howToGet || !['ORIGINAL', 'COPY', 'ORIGINAL_AND_COPY'].includes(form)) throw new Error(`bad material spec: ${spec}`);
  return { name, form: form as Form, copies: Number(copies), howToGet };
}

const CATEGORY: Record<string, [string, string]> = {
  MZ: ['民政', '县民政局'],
  RS: ['人社', '县人力资源和社会保障局'],
  YB: ['医保', '县医疗保障局'],
  GA: ['公安', '县公安局'],
  ZR: ['自然资源', '县自然资源局'],
  NY: ['农业农村', '县农业农村局'],
  LY: ['林业', '县林业局'],
  WJ: ['卫健', '县卫生健康局'],
  SC: ['市场监管', '县市场监督管理局'],
  TY: ['退役军人', '县退役军人事务局'],
  CL: ['残联', '县残疾人联合会'],
  ZJ: ['住建', '县住房和城乡建设局'],
  CW: ['村务', '村民委员会'],
  BM: ['便民服务', '乡镇便民服务中心'],
};

const TG = 'TOWNSHIP_GUIDE';
const VG = 'VILLAGE_GUIDE';
const VD = 'VILLAGE_DUTY_LIST';
const LD = 'LOCAL_DEMAND';
const Q1 = { 1: 3, 2: 2.5, 3: 2.2, 12: 1.5 };
const SPRING = { 3: 2.5, 4: 3, 5: 2 };
const DB1405 = 'DB1405/T《“红色代办”便民服务规范》7.1.2';
const SHEBAO = '《中华人民共和国社会保险法》';

type Row = [code: string, name: string, source: Source, level: Level, days: number, fee: string, basis: string, materials: string[], peaks?: Record<number, number>];

const ROWS: Row[] = [
  ['MZ-001', '最低生活保障申请', TG, 'TOWNSHIP', 20, '0', '《社会救助暂行办法》', ['FORM', 'ID', 'HUKOU', 'INCOME', '家庭经济状况核对授权书|ORIGINAL|1|服务站现场签署', 'BANK']],
  ['MZ-002', '特困人员救助供养申请', TG, 'TOWNSHIP', 20, '0', '《社会救助暂行办法》《特困人员认定办法》', ['FORM', 'ID', 'HUKOU', 'INCOME', '劳动能力或残疾情况证明|COPY|1|乡镇卫生院出具']],
  ['MZ-003', '临时救助申请', TG, 'TOWNSHIP', 10, '0', '《社会救助暂行办法》', ['FORM', 'ID', 'HUKOU', '困难情况说明|ORIGINAL|1|村委会开具']],
  ['MZ-004', '高龄补贴申领', VG, 'TOWNSHIP', 10, '0', '《中华人民共和国老年人权益保障法》', ['FORM', 'ID', 'HUKOU', 'BANK']],
  ['MZ-005', '困难残疾人生活补贴和重度残疾人护理补贴申请', TG, 'TOWNSHIP', 15, '0', '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》', ['FORM', 'ID', 'DISAB', 'HUKOU', 'BANK']],
  ['MZ-006', '惠民殡葬补贴申领', TG, 'TOWNSHIP', 10, '0', '《殡葬管理条例》', ['FORM', '死亡医学证明或火化证明|ORIGINAL_AND_COPY|1|医院或殡仪馆出具', 'HUKOU', 'BANK']],
  ['MZ-007', '婚姻登记预约', VG, 'VILLAGE', 1, '0', '《婚姻登记条例》', ['ID', 'HUKOU', '近期二寸双人合影照片|ORIGINAL|3|可在服务站现场拍照打印'], { 1: 1.6, 2: 1.4, 5: 1.3 }],
  ['MZ-008', '老年人优待证办理', VG, 'VILLAGE', 5, '0', '《中华人民共和国老年人权益保障法》', ['ID', 'PHOTO']],
  ['RS-001', '城乡居民基本养老保险参保登记', VG, 'VILLAGE', 3, '0', '《国务院关于建立统一的城乡居民基本养老保险制度的意见》', ['ID', 'HUKOU', '城乡居民基本养老保险参保登记表|ORIGINAL|1|可在服务站领取填写'], Q1],
  ['RS-002', '城乡居民基本养老保险缴费', VG, 'VILLAGE', 1, '0', SHEBAO, ['ID', 'SSCARD'], Q1],
  ['RS-003', '城乡居民养老保险待遇领取资格认证', VG, 'VILLAGE', 1, '0', SHEBAO, ['ID', 'SSCARD']],
  ['RS-004', '城乡居民养老保险待遇申领', TG, 'TOWNSHIP', 15, '0', '《国务院关于建立统一的城乡居民基本养老保险制度的意见》', ['FORM', 'ID', 'HUKOU', 'SSCARD']],
  ['RS-005', '社会保障卡申领', VG, 'TOWNSHIP', 10, '0', SHEBAO, ['ID', '近期白底彩色证件照|ORIGINAL|1|可在服务站现场拍照']],
  ['RS-006', '社会保障卡补换', VG, 'TOWNSHIP', 5, '0', SHEBAO, ['ID', '近期白底彩色证件照|ORIGINAL|1|可在服务站现场拍照', '挂失证明|ORIGINAL|1|代办员协助办理电话挂失']],
  ['RS-007', '就业失业登记', TG, 'TOWNSHIP', 5, '0', '《就业服务与就业管理规定》', ['ID', 'HUKOU', '就业失业登记表|ORIGINAL|1|可在服务站领取填写'], { 2: 1.8, 3: 1.8 }],
  ['RS-008', '农民工工资拖欠投诉受理', TG, 'COUNTY', 20, '0', '《保障农民工工资支付条例》', ['ID', '投诉书|ORIGINAL|1|代办员协助填写', '劳动关系证明或工资欠条|COPY|1|本人携带'], { 12: 2, 1: 2.5 }],
  ['RS-009', '城乡居民养老保险关系转移接续', TG, 'COUNTY', 15, '0', '《城乡养老保险制度衔接暂行办法》', ['ID', 'HUKOU', '参保缴费凭证|COPY|1|原参保地社保机构出具']],
  ['YB-001', '城乡居民医疗保险参保缴费', VG, 'VILLAGE', 1, '0', SHEBAO, ['ID', 'HUKOU'], { 1: 3.2, 2: 2.6, 3: 2, 11: 1.5, 12: 2 }],
  ['YB-002', '新生儿参保登记', VG, 'VILLAGE', 2, '0', SHEBAO, ['BIRTH', 'HUKOU']],
  ['YB-003', '异地就医备案', VG, 'VILLAGE', 1, '0', '《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》', ['ID', '异地就医备案表|ORIGINAL|1|可在服务站领取填写']],
  ['YB-004', '门诊慢特病待遇认定', TG, 'COUNTY', 15, '0', '《医疗保障基金使用监督管理条例》', ['FORM', 'ID', 'HOSP', '近期检查化验报告|COPY|1|就诊医院出具']],
  ['YB-005', '医疗救助申请', TG, 'COUNTY', 15, '0', '《社会救助暂行办法》', ['FORM', 'ID', 'HUKOU', 'HOSP', 'INVOICE']],
  ['YB-006', '医疗费用零星报销', TG, 'COUNTY', 20, '0', SHEBAO, ['ID', 'HOSP', 'INVOICE', 'BANK']],
  ['GA-001', '出生登记', TG, 'TOWNSHIP', 5, '0', '《中华人民共和国户口登记条例》', ['BIRTH', 'HUKOU', '父母双方居民身份证|ORIGINAL|1|本人携带', 'MARRIAGE']],
  ['GA-002', '户口迁移', TG, 'COUNTY', 10, '0', '《中华人民共和国户口登记条例》', ['ID', 'HUKOU', '准予迁入证明|ORIGINAL|1|迁入地公安机关出具']],
  ['GA-003', '居民身份证换领', TG, 'TOWNSHIP', 20, '20.00', '《中华人民共和国居民身份证法》', ['居民身份证（原证）|ORIGINAL|1|本人携带', 'HUKOU']],
  ['GA-004', '居民身份证补领', TG, 'TOWNSHIP', 20, '40.00', '《中华人民共和国居民身份证法》', ['HUKOU', '身份证遗失情况说明|ORIGINAL|1|代办员协助填写']],
  ['GA-005', '死亡人员户口注销', TG, 'TOWNSHIP', 3, '0', '《中华人民共和国户口登记条例》', ['HUKOU', '死亡医学证明|ORIGINAL_AND_COPY|1|医院或村委会出具', '死者居民身份证|ORIGINAL|1|家属携带']],
  ['GA-006', '电动自行车登记上牌', LD, 'TOWNSHIP', 3, '0', '《中华人民共和国道路交通安全法》', ['ID', '电动自行车购车发票|ORIGINAL|1|本人携带', '产品合格证|ORIGINAL|1|随车提供', '车辆正侧面照片|ORIGINAL|2|可在服务站现场拍照打印']],
  ['GA-007', '无犯罪记录证明开具', TG, 'TOWNSHIP', 3, '0', '《公安机关办理无犯罪记录证明工作规定》', ['ID', '用途说明|ORIGINAL|1|代办员协助填写']],
  ['ZR-001', '不动产转移登记', TG, 'COUNTY', 10, '80.00', '《不动产登记暂行条例》', ['ID', 'PROPERTY', '买卖合同或继承公证书|ORIGINAL|1|本人携带', '完税凭证|COPY|1|税务部门出具']],
  ['ZR-002', '不动产权证书补换证', TG, 'COUNTY', 10, '10.00', '《不动产登记暂行条例》', ['FORM', 'ID', '遗失声明|ORIGINAL|1|代办员协助办理登报']],
  ['ZR-003', '农村宅基地使用权及房屋所有权首次登记', TG, 'COUNTY', 20, '0', '《不动产登记暂行条例》', ['ID', 'HUKOU', '宅基地批准文件|COPY|1|本人携带或乡镇存档调取', '权籍调查成果|ORIGINAL|1|乡镇协助提供']],
  ['ZR-004', '村民建房乡村建设规划许可', TG, 'TOWNSHIP', 20, '0', '《中华人民共和国城乡规划法》', ['FORM', 'ID', 'HUKOU', '建房设计图或通用图集选用说明|ORIGINAL|1|乡镇提供通用图集', '村民代表会议意见|ORIGINAL|1|村委会开具'], { 3: 1.6, 4: 1.6, 10: 1.3 }],
  ['NY-001', '农村宅基地申请', VD, 'TOWNSHIP', 20, '0', '《中华人民共和国土地管理法》', ['FORM', 'ID', 'HUKOU', '村民小组会议讨论意见|ORIGINAL|1|村委会开具', '宅基地使用承诺书|ORIGINAL|1|服务站现场签署']],
  ['NY-002', '耕地地力保护补贴申报', VG, 'VILLAGE', 5, '0', '《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》', ['ID', '土地承包经营权证|COPY|1|本人携带', 'BANK'], SPRING],
  ['NY-003', '农机购置与应用补贴申请', TG, 'COUNTY', 20, '0', '《中华人民共和国农业机械化促进法》', ['FORM', 'ID', '购机发票|ORIGINAL_AND_COPY|1|本人携带', '机具铭牌及人机合影照片|ORIGINAL|1|可在服务站现场拍照打印', 'BANK'], { 2: 1.8, 3: 2, 4: 1.8, 6: 1.5 }],
  ['NY-004', '农村土地承包经营权流转备案', VD, 'TOWNSHIP', 10, '0', '《中华人民共和国农村土地承包法》', ['ID', '土地流转合同|ORIGINAL|2|流转双方签订', '土地承包经营权证|COPY|1|本人携带'], { 11: 1.5, 12: 1.5, 3: 1.4 }],
  ['NY-005', '政策性农业保险投保', VG, 'VILLAGE', 3, '0', '《农业保险条例》', ['ID', '种植面积清单|ORIGINAL|1|村委会核实出具', 'BANK'], SPRING],
  ['NY-006', '农村集体经济组织成员身份确认', VD, 'VILLAGE', 5, '0', '《中华人民共和国农村集体经济组织法》', ['ID', 'HUKOU', '成员身份确认申请|ORIGINAL|1|可在服务站领取填写']],
  ['LY-001', '林木采伐许可证核发', TG, 'COUNTY', 10, '0', '《中华人民共和国森林法》', ['FORM', 'ID', '林权证或林地承包合同|COPY|1|本人携带', '伐区调查设计或作业说明|ORIGINAL|1|乡镇林业站协助编制'], { 11: 1.6, 12: 1.6, 1: 1.4 }],
  ['LY-002', '林权类不动产登记', TG, 'COUNTY', 20, '0', '《不动产登记暂行条例》', ['FORM', 'ID', '林地承包合同|ORIGINAL_AND_COPY|1|本人携带', '林权调查成果|ORIGINAL|1|乡镇林业站提供']],
  ['WJ-001', '生育登记', VG, 'VILLAGE', 1, '0', '《中华人民共和国人口与计划生育法》', ['夫妻双方居民身份证|ORIGINAL|1|本人携带', 'MARRIAGE', 'HUKOU']],
  ['WJ-002', '独生子女父母奖励申领', TG, 'TOWNSHIP', 15, '0', '《山西省人口和计划生育条例》', ['FORM', 'ID', '独生子女父母光荣证|ORIGINAL_AND_COPY|1|本人携带', 'BANK']],
  ['WJ-003', '计划生育家庭特别扶助金申请', TG, 'COUNTY', 20, '0', '《山西省人口和计划生育条例》', ['FORM', 'ID', 'HUKOU', '独生子女死亡或伤残证明|COPY|1|相关机构出具', 'BANK']],
  ['WJ-004', '农村部分计划生育家庭奖励扶助申请', TG, 'COUNTY', 20, '0', '《山西省人口和计划生育条例》', ['FORM', 'ID', 'HUKOU', 'MARRIAGE']],
  ['WJ-005', '家庭医生签约服务', VG, 'VILLAGE', 1, '0', '《关于推进家庭医生签约服务的指导意见》', ['ID', '家庭医生签约服务协议|ORIGINAL|2|服务站现场签署']],
  ['SC-001', '个体工商户设立登记（营业执照）', TG, 'TOWNSHIP', 3, '0', '《促进个体工商户发展条例》', ['ID', '经营场所使用证明|COPY|1|房屋产权证或租赁协议', '个体工商户登记申请书|ORIGINAL|1|代办员协助填写']],
  ['SC-002', '个体工商户变更及注销登记', TG, 'TOWNSHIP', 3, '0', '《促进个体工商户发展条例》', ['ID', '营业执照正副本|ORIGINAL|1|本人携带', 'FORM']],
  ['SC-003', '食品小经营店登记', TG, 'COUNTY', 10, '0', '《山西省食品小作坊小经营店小摊点管理条例》', ['ID', '营业执照|COPY|1|本人携带', '从业人员健康证明|COPY|1|乡镇卫生院体检出具', '经营场所平面图|ORIGINAL|1|代办员协助绘制']],
  ['TY-001', '退役军人优待证申领', TG, 'TOWNSHIP', 20, '0', '《中华人民共和国退役军人保障法》', ['ID', 'VETERAN', '近期二寸白底彩色照片|ORIGINAL|1|可在服务站现场拍照打印']],
  ['TY-002', '优抚对象定期抚恤补助申领', TG, 'COUNTY', 20, '0', '《军人抚恤优待条例》', ['FORM', 'ID', '优抚对象证件|ORIGINAL_AND_COPY|1|本人携带', 'BANK']],
  ['TY-003', '退役军人和其他优抚对象信息采集', VG, 'VILLAGE', 1, '0', '《中华人民共和国退役军人保障法》', ['ID', 'VETERAN']],
  ['CL-001', '残疾人证新办', TG, 'COUNTY', 20, '0', '《中华人民共和国残疾人证管理办法》', ['FORM', 'ID', 'HUKOU', 'PHOTO', '残疾评定表|ORIGINAL|1|指定医院评残后出具']],
  ['CL-002', '残疾人证换领及迁移', TG, 'COUNTY', 10, '0', '《中华人民共和国残疾人证管理办法》', ['DISAB', 'ID', 'PHOTO']],
  ['CL-003', '残疾人辅助器具适配申请', TG, 'COUNTY', 15, '0', '《中华人民共和国残疾人保障法》', ['FORM', 'DISAB', 'ID']],
  ['ZJ-001', '农村低收入群体危房改造申请', TG, 'TOWNSHIP', 20, '0', '《关于做好农村低收入群体等重点对象住房安全保障工作的实施意见》', ['FORM', 'ID', 'HUKOU', '房屋安全性鉴定材料|ORIGINAL|1|乡镇组织鉴定', '房屋现状照片|ORIGINAL|2|可在服务站现场拍照打印']],
  ['CW-001', '居住证明出具', VD, 'VILLAGE', 1, '0', '《中华人民共和国村民委员会组织法》', ['ID', 'HUKOU']],
  ['CW-002', '家庭经济困难证明出具', VD, 'VILLAGE', 1, '0', '《中华人民共和国村民委员会组织法》', ['ID', 'HUKOU', '家庭收入情况说明|ORIGINAL|1|本人填写，代办员协助']],
  ['BM-001', '水电费代缴', LD, 'VILLAGE', 1, '0', DB1405, ['用电户号或缴费卡|ORIGINAL|1|本人携带', 'ID']],
  ['BM-002', '老年人免费乘车卡办理', LD, 'COUNTY', 10, '0', '《中华人民共和国老年人权益保障法》', ['ID', 'PHOTO']],
  ['BM-003', '燃气开户及过户', LD, 'COUNTY', 5, '0', '《城镇燃气管理条例》', ['ID', 'PROPERTY', '原燃气用户卡|ORIGINAL|1|本人携带']],
];

// DB1405 4.4 / 5.1.4: the steps a citizen is shown. Village items are done at the station;
// township and county items follow the cross-level path of 7.2.3 (scan and upload, review, sign
// and issue, return to the village, deliver). Items with a path of their own override these.
const PROCEDURE_BY_LEVEL: Record<Level, string[]> = {
  VILLAGE: ['提交申请材料', '村便民服务站代办员审核材料', '代办员在线办理', '办结并告知结果'],
  TOWNSHIP: ['提交申请材料', '村便民服务站代办员初审', '扫描上传至乡镇便民服务中心', '乡镇便民服务中心审核办结', '结果送达申请人'],
  COUNTY: ['提交申请材料', '村便民服务站代办员初审', '高拍仪扫描材料并上传审批系统', '县级部门审核、签章、出证', '结果回传村便民服务站', '代办员将结果送达申请人'],
};

const PROCEDURES: Record<string, string[]> = {
  'MZ-001': ['提交申请材料并签署核对授权书', '村委会入户调查并张榜公示', '上报乡镇便民服务中心审核', '县民政局核对家庭经济状况并审批', '告知审批结果'],
  'MZ-002': ['提交申请材料', '村委会入户调查并公示', '乡镇便民服务中心审核', '县民政局审批确认', '告知审批结果'],
  'MZ-003': ['提交申请材料', '村委会核实困难情况', '上报乡镇审核审批', '发放救助金并告知结果'],
  'MZ-007': ['核对双方证件', '代办员在线预约登记时间', '告知预约结果及登记须知'],
  'RS-002': ['核对参保信息及缴费档次', '代办员代为缴费', '出具缴费凭证'],
  'RS-003': ['核对身份信息', '代办员协助人脸识别认证', '告知认证结果'],
  'YB-001': ['核对参保人员信息', '代办员代为缴费', '出具缴费凭证'],
  'YB-003': ['填写异地就医备案表', '代办员在线提交备案', '告知备案结果'],
  'GA-003': ['核对户口簿及原证', '代办员预约派出所采集', '采集照片及指纹', '派出所制证', '代办员领取并送达申请人'],
  'NY-001': ['提交宅基地申请', '村民小组会议讨论并公示', '乡镇组织现场踏勘', '乡镇便民服务中心审核批准', '结果送达申请人'],
  'NY-002': ['提交申请材料', '村委会核实种植面积并公示', '上报乡镇审核', '补贴资金发放至一卡通'],
  'ZR-004': ['提交建房申请', '村民代表会议讨论并公示', '乡镇组织现场踏勘', '乡镇便民服务中心审批发证', '结果送达申请人'],
  'WJ-005': ['提交身份证', '选择签约家庭医生团队', '现场签署签约服务协议', '告知签约结果及服务内容'],
  'TY-003': ['核对身份信息', '代办员在线采集信息', '告知采集结果'],
  'CW-001': ['提交身份证、户口簿', '村委会核实居住情况', '当场出具居住证明'],
  'CW-002': ['提交申请材料', '村委会核实家庭情况', '出具家庭经济困难证明'],
  'BM-001': ['核对用户户号及应缴金额', '代办员代为缴费', '交付缴费凭证'],
};

export const CATALOGUE: ItemDef[] = ROWS.map(([code, name, source, level, days, fee, basis, mats, peaks]) => {
  const [category, department] = CATEGORY[code.slice(0, 2)];
  return {
    code: `JC-${code}`,
    name,
    category,
    source,
    level,
    department,
    legalBasis: basis,
    timeLimitDays: days,
    fee,
    materials: mats.map(material),
    procedure: [...(PROCEDURES[code] ?? PROCEDURE_BY_LEVEL[level])],
    peaks,
  };
});
