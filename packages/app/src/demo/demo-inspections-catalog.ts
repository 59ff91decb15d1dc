// Typical hidden dangers (隐患) of chemical enterprises by investigation area, for the demo and the benchmark: the
// wording an inspector writes, the basis he cites and, for the ones that meet one of the 20 重大隐患 criteria
// (安监总管三〔2017〕121号, data/inspections/major-criteria.json), its key. Invented examples of common findings,
// not records of any enterprise; article numbers only where the text is well known (otherwise the standard alone).
export type FindingTemplate = { area: string; description: string; legalBasis: string; major?: string };

export const FINDING_TEMPLATES: readonly FindingTemplate[] = [
  { area: '安全基础管理', description: '主要负责人未取得危险化学品安全生产知识和管理能力考核合格证明', legalBasis: '《安全生产法》第二十七条', major: 'mh01' },
  { area: '安全基础管理', description: '全员安全生产责任制未覆盖装卸、仓管岗位', legalBasis: '《安全生产法》第二十二条', major: 'mh16' },
  { area: '安全基础管理', description: '隐患排查治理台账未记录整改责任人和完成时间', legalBasis: '《安全生产法》第四十一条' },
  { area: '安全基础管理', description: '从业人员年度安全培训记录不全，新入职员工未经三级教育即上岗', legalBasis: '《安全生产法》第二十八条' },
  { area: '安全基础管理', description: '特种作业（电工、焊工）人员未持证上岗', legalBasis: '《安全生产法》第三十条', major: 'mh02' },
  { area: '设计与总图', description: '储罐区与厂外道路防火间距不足', legalBasis: 'GB 50160《石油化工企业设计防火标准》' },
  { area: '设计与总图', description: '控制室面向甲类装置一侧设有门窗，未作抗爆设计', legalBasis: 'GB 50160《石油化工企业设计防火标准》', major: 'mh13' },
  { area: '设计与总图', description: '在役装置未经正规设计，未开展安全设计诊断', legalBasis: '《危险化学品安全管理条例》第十二条', major: 'mh10' },
  { area: '工艺', description: '操作规程未包含开停车和异常工况处置内容', legalBasis: '《化工过程安全管理导则》AQ/T 3034', major: 'mh17' },
  { area: '工艺', description: '工艺卡片温度、压力控制指标与现场实际不符', legalBasis: '《化工过程安全管理导则》AQ/T 3034' },
  { area: '工艺', description: '重点监管危险化工工艺装置紧急停车系统处于旁路状态', legalBasis: '《危险化学品安全管理条例》第二十条', major: 'mh04' },
  { area: '设备', description: '储罐呼吸阀、阻火器未定期检查，记录缺失', legalBasis: 'GB 50160《石油化工企业设计防火标准》' },
  { area: '设备', description: '反应釜安全阀校验超期未投用', legalBasis: 'TSG 21《固定式压力容器安全技术监察规程》', major: 'mh15' },
  { area: '设备', description: '压力表未按期检定，部分表盘未标示最高工作压力红线', legalBasis: 'TSG 21《固定式压力容器安全技术监察规程》' },
  { area: '设备', description: '输送泵机械密封泄漏，地面有物料残留', legalBasis: '《危险化学品安全管理条例》第二十条' },
  { area: '电气与仪表', description: '甲类仓库内使用非防爆照明灯具', legalBasis: 'GB 50058《爆炸危险环境电力装置设计规范》', major: 'mh12' },
  { area: '电气与仪表', description: '可燃气体检测报警器未定期标定，部分探头失效', legalBasis: 'GB/T 50493《石油化工可燃气体和有毒气体检测报警设计标准》', major: 'mh12' },
  { area: '电气与仪表', description: '配电室电缆沟未封堵，防小动物措施缺失', legalBasis: 'GB 50054《低压配电设计规范》' },
  { area: '电气与仪表', description: 'DCS控制系统未配置不间断电源', legalBasis: 'GB 50160《石油化工企业设计防火标准》', major: 'mh14' },
  { area: '储存', description: '氧化剂与易燃液体在同一库房混存', legalBasis: 'GB 15603《常用化学危险品贮存通则》', major: 'mh20' },
  { area: '储存', description: '仓库堆垛间距和墙距不足，主通道被占用', legalBasis: 'GB 15603《常用化学危险品贮存通则》' },
  { area: '储存', description: '危险化学品出入库登记不全，库存与台账不符', legalBasis: '《危险化学品安全管理条例》第二十四条' },
  { area: '储存', description: '一级重大危险源罐区未实现紧急切断功能', legalBasis: 'GB 50160《石油化工企业设计防火标准》', major: 'mh05' },
  { area: '消防与应急', description: '应急预案未按规定演练，演练记录无评估', legalBasis: '《生产安全事故应急条例》第八条' },
  { area: '消防与应急', description: '罐区消防冷却水喷淋系统阀门锈蚀，无法正常开启', legalBasis: 'GB 50160《石油化工企业设计防火标准》' },
  { area: '消防与应急', description: '应急器材柜内防毒面具过期，空气呼吸器压力不足', legalBasis: 'GB 30077《危险化学品单位应急救援物资配备要求》' },
  { area: '消防与应急', description: '消防通道堆放物料，宽度不足4米', legalBasis: '《消防法》第二十八条' },
  { area: '特殊作业', description: '动火作业票未经审批即开始作业，未进行气体分析', legalBasis: 'GB 30871《危险化学品企业特殊作业安全规范》', major: 'mh18' },
  { area: '特殊作业', description: '进入受限空间作业未安排专人监护', legalBasis: 'GB 30871《危险化学品企业特殊作业安全规范》', major: 'mh18' },
  { area: '特殊作业', description: '高处作业人员未系挂安全带，作业票填写不全', legalBasis: 'GB 30871《危险化学品企业特殊作业安全规范》' },
];

export const FINDING_AREAS = [...new Set(FINDING_TEMPLATES.map((t) => t.area))];
export const GENERAL_TEMPLATES = FINDING_TEMPLATES.filter((t) => !t.major);
export const MAJOR_TEMPLATES = FINDING_TEMPLATES.filter((t) => t.major);

/** What an enterprise writes as its rectification plan (措施、资金、责任人、时限). */
export const PLAN_TEXTS = [
  '立即停止相关作业，更换合格设备，由设备主管负责，7日内完成并组织复查。',
  '修订管理制度并组织全员培训考核，安全主任负责，完成后报属地复核。',
  '委托有资质单位检测标定，同步完善台账，生产副总负责。',
  '调整物料储存布局，增设隔离设施，仓储主管负责，两周内完成。',
  '聘请设计单位开展安全设计诊断，按诊断意见分步整改，总经理负责。',
];
