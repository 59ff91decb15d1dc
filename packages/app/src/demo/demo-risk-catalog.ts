// What the demo's risk points say: for each kind of place (a tank farm, a warehouse, a process unit, a chlorine room,
// a filling station's tanks, an LPG store, a loading bay, a special work …) the hazard factors, accident types (GB 6441
// 事故类别 names), posts exposed, control measures in the five categories and the emergency text an enterprise's
// 风险告知卡 would print. Invented for the demo, in the wording such registers use.
import type { ControlMeasures } from '@hazgov/domain/risk/types';

export type RiskTemplate = {
  name: string;
  location: string;
  posts: readonly string[];
  factors: readonly string[];
  accidents: readonly string[];
  measures: ControlMeasures;
  emergency: string;
};

const fireEmergency = '发现泄漏立即停止作业、切断泄漏源，启动现场处置方案；设立警戒区，消除点火源，用砂土或吸附棉围堵；发生火灾立即报警（119）并使用泡沫灭火器扑救初起火灾，人员向上风向疏散。';
const toxicEmergency = '发现泄漏立即佩戴正压式空气呼吸器处置，开启事故通风和吸收装置；无关人员向上风向撤离至紧急集合点；中毒人员移至空气新鲜处，呼吸停止时立即进行心肺复苏并拨打120。';

export const UNIT_TEMPLATES: Record<'tank_farm' | 'warehouse' | 'process' | 'chlorine' | 'lpg' | 'station' | 'oxygen', RiskTemplate> = {
  tank_farm: {
    name: '', location: '储罐区防火堤内', posts: ['罐区操作工', '巡检工', '装卸工'],
    factors: ['储罐冒顶、密封失效致易燃液体泄漏', '静电积聚、雷击引燃可燃蒸气', '呼吸阀、阻火器失效', '防火堤排水阀常开'],
    accidents: ['火灾', '容器爆炸', '其他爆炸', '中毒和窒息'],
    measures: {
      engineering: ['液位高高联锁切断进料', '可燃气体检测报警仪与紧急切断阀联锁', '储罐防雷防静电接地每年检测', '氮封及呼吸阀定期校验'],
      management: ['储罐区进出登记和动火审批', '每班两次巡检并记录', '防火堤排水阀常闭管理'],
      training: ['罐区操作规程和应急处置年度培训', '新员工三级安全教育'],
      ppe: ['防静电工作服', '防护眼镜', '过滤式防毒面具'],
      emergency: ['罐区泄漏现场处置方案，每半年演练一次', '泡沫灭火系统和消防冷却水系统'],
    },
    emergency: fireEmergency,
  },
  warehouse: {
    name: '', location: '危险化学品仓库', posts: ['仓库保管员', '叉车司机'],
    factors: ['禁忌物料混存', '包装破损泄漏', '库内通风不良、温度过高', '非防爆电气和叉车进入'],
    accidents: ['火灾', '其他爆炸', '中毒和窒息', '灼烫'],
    measures: {
      engineering: ['防爆型照明和通风设备', '可燃气体检测报警', '库房温湿度监测', '防泄漏托盘和围堰'],
      management: ['分区分类分库储存，禁忌物料隔离', '出入库双人核对', '五距管理（垛距、墙距、柱距、顶距、灯距）'],
      training: ['化学品安全技术说明书（SDS）培训', '叉车司机持证上岗'],
      ppe: ['防化手套', '防护眼镜', '防毒口罩'],
      emergency: ['仓库泄漏和火灾现场处置方案', '吸附棉、砂土和应急收容桶'],
    },
    emergency: fireEmergency,
  },
  process: {
    name: '', location: '生产装置区', posts: ['反应岗操作工', 'DCS操作工', '维修工'],
    factors: ['反应温度、压力失控', '物料泄漏遇点火源', '设备管道腐蚀减薄', '联锁回路被旁路'],
    accidents: ['火灾', '其他爆炸', '中毒和窒息', '灼烫', '机械伤害'],
    measures: {
      engineering: ['温度、压力、液位自动控制和联锁', '安全仪表系统（SIS）', '紧急泄放和紧急冷却', '可燃有毒气体检测报警'],
      management: ['工艺卡片和操作规程', '联锁投切审批', '特殊作业票证管理', '设备完好性和定期检测'],
      training: ['重点监管危险化工工艺培训', '操作人员持证上岗', '交接班制度'],
      ppe: ['防静电工作服', '安全帽', '防护面罩', '防化手套'],
      emergency: ['装置紧急停车方案', '车间级应急演练每季度一次'],
    },
    emergency: '出现超温超压立即启动紧急停车，切断进料，开启紧急冷却；泄漏时佩戴空气呼吸器关闭上游阀门，设立警戒区；起火立即报警并用干粉或泡沫灭火，人员撤至上风向集合点。',
  },
  chlorine: {
    name: '', location: '加氯间', posts: ['加氯工', '值班电工'],
    factors: ['液氯钢瓶或管道阀门泄漏', '氯气吸收装置失效', '钢瓶超期未检', '加氯间通风不良'],
    accidents: ['中毒和窒息', '灼烫'],
    measures: {
      engineering: ['氯气泄漏检测报警与事故风机、碱液吸收装置联锁', '钢瓶称重和自动切换', '加氯间负压通风'],
      management: ['钢瓶进出台账和定期检验', '加氯间双人巡检', '钢瓶堵漏工具定点存放'],
      training: ['氯气危害和堵漏器具使用培训'],
      ppe: ['正压式空气呼吸器', '防化服', '防毒面具'],
      emergency: ['液氯泄漏专项应急预案，每年演练', '碱液池和钢瓶堵漏工具'],
    },
    emergency: toxicEmergency,
  },
  lpg: {
    name: '', location: '液化石油气储存区', posts: ['充装工', '储罐区操作工', '送气工'],
    factors: ['储罐、钢瓶或充装软管泄漏', '钢瓶超装、超期未检', '静电和非防爆电气引燃', '液化气低洼处积聚'],
    accidents: ['火灾', '容器爆炸', '其他爆炸'],
    measures: {
      engineering: ['可燃气体检测报警与紧急切断阀联锁', '储罐喷淋冷却系统', '充装秤超装联锁', '防爆电气'],
      management: ['钢瓶充装前后检查', '气瓶追溯二维码管理', '严禁在储存区使用手机'],
      training: ['气瓶充装人员持证上岗', '液化石油气泄漏处置培训'],
      ppe: ['防静电工作服', '防冻手套'],
      emergency: ['燃气泄漏现场处置方案', '干粉灭火器和消防水枪'],
    },
    emergency: '发现燃气泄漏立即关闭紧急切断阀，禁止开关任何电器，打开门窗通风；设立警戒区疏散人员；起火时用喷淋冷却储罐，报警（119），不得盲目扑灭泄漏燃烧的气体。',
  },
  station: {
    name: '', location: '加油站罐区及卸油口', posts: ['卸油员', '加油员', '站长'],
    factors: ['卸油时溢油或油气聚集', '静电接地未连接', '埋地油罐渗漏', '加油机及管线泄漏'],
    accidents: ['火灾', '其他爆炸'],
    measures: {
      engineering: ['卸油防溢阀和液位仪', '静电接地报警仪', '双层罐及渗漏检测', '油气回收系统'],
      management: ['卸油作业全程监护', '雷雨天气禁止卸油', '每日量油和渗漏检查'],
      training: ['卸油操作规程培训', '灭火器和灭火毯使用培训'],
      ppe: ['防静电工作服', '防静电鞋'],
      emergency: ['加油站火灾和泄漏现场处置方案', '灭火毯、推车式灭火器'],
    },
    emergency: fireEmergency,
  },
  oxygen: {
    name: '', location: '气体储存区', posts: ['充装工', '库管员'],
    factors: ['气瓶倾倒撞击', '富氧环境遇油脂', '低温液体泄漏冻伤', '乙炔与氧气混存'],
    accidents: ['容器爆炸', '火灾', '灼烫'],
    measures: {
      engineering: ['气瓶防倾倒链条和瓶帽', '氧含量和可燃气体检测报警', '防爆通风'],
      management: ['空瓶实瓶分区存放，乙炔与氧气分库', '气瓶定期检验'],
      training: ['气瓶安全和低温液体防冻伤培训'],
      ppe: ['防冻手套', '面罩', '安全鞋'],
      emergency: ['气瓶泄漏和火灾处置方案'],
    },
    emergency: '气瓶泄漏时关闭瓶阀，将气瓶移至空旷处；低温液体泄漏时疏散人员，防止冻伤和窒息；起火立即报警，冷却周边气瓶，人员撤离至安全区域。',
  },
};

/** Risk points of a site (the whole works): loading, waste water, power. */
export const SITE_TEMPLATES: readonly RiskTemplate[] = [
  {
    name: '危险化学品装卸区', location: '厂区装卸车位', posts: ['装卸工', '押运员'],
    factors: ['槽车未熄火或未接静电接地', '装卸鹤管、软管破裂泄漏', '车辆溜车'],
    accidents: ['火灾', '其他爆炸', '车辆伤害', '中毒和窒息'],
    measures: {
      engineering: ['静电接地报警器与装卸泵联锁', '紧急切断阀', '装卸区围堰和导流沟'],
      management: ['装卸作业“五必查”', '槽车驾驶员和押运员资质核验'],
      training: ['装卸作业规程培训'],
      ppe: ['防静电工作服', '防护眼镜'],
      emergency: ['装卸泄漏现场处置方案'],
    },
    emergency: fireEmergency,
  },
  {
    name: '污水处理站', location: '厂区污水处理站', posts: ['污水处理工'],
    factors: ['池内硫化氢、缺氧积聚', '进入有限空间未检测', '池边无防护栏'],
    accidents: ['中毒和窒息', '淹溺'],
    measures: {
      engineering: ['有毒气体和氧含量检测报警', '池边防护栏杆'],
      management: ['有限空间作业审批，先通风、再检测、后作业', '有限空间警示标识'],
      training: ['有限空间作业专项培训'],
      ppe: ['四合一气体检测仪', '正压式空气呼吸器', '安全绳'],
      emergency: ['有限空间事故应急救援方案，严禁盲目施救'],
    },
    emergency: toxicEmergency,
  },
  {
    name: '变配电室', location: '厂区变配电室', posts: ['值班电工'],
    factors: ['带电作业未落实停送电制度', '电缆老化短路', '小动物进入引起短路'],
    accidents: ['触电', '火灾'],
    measures: {
      engineering: ['防小动物挡板', '电缆沟防火封堵', '漏电保护'],
      management: ['工作票和操作票制度', '停送电挂牌上锁'],
      training: ['电工持证上岗'],
      ppe: ['绝缘手套', '绝缘靴'],
      emergency: ['触电和电气火灾处置方案'],
    },
    emergency: '发生触电立即切断电源，用绝缘物使触电者脱离电源并实施心肺复苏，拨打120；电气火灾先断电，用二氧化碳或干粉灭火器扑救。',
  },
];

/** Risk points of the enterprise as a whole: its special works (特殊作业, GB 30871). */
export const ENTERPRISE_TEMPLATES: readonly RiskTemplate[] = [
  {
    name: '动火作业', location: '全厂区', posts: ['动火作业人', '监火人', '维修工'],
    factors: ['动火点周边可燃物未清理', '未进行动火分析', '监火人离岗'],
    accidents: ['火灾', '其他爆炸'],
    measures: {
      engineering: ['动火点可燃气体连续检测', '隔离盲板'],
      management: ['动火作业许可证分级审批', '作业前30分钟内动火分析'],
      training: ['特殊作业安全培训', '焊工持证上岗'],
      ppe: ['焊接防护面罩', '阻燃工作服'],
      emergency: ['作业点配备灭火器和消防水带'],
    },
    emergency: '动火点发生着火立即停止作业，用现场灭火器扑救，火势扩大时报警并撤离，切断周边物料来源。',
  },
  {
    name: '有限空间作业', location: '储罐、反应釜、污水池内', posts: ['有限空间作业人', '监护人'],
    factors: ['有毒气体或缺氧', '未执行先通风、再检测、后作业', '盲目施救'],
    accidents: ['中毒和窒息'],
    measures: {
      engineering: ['强制通风设备', '连续气体检测'],
      management: ['受限空间作业许可证', '作业全程专人监护'],
      training: ['有限空间作业专项培训'],
      ppe: ['正压式空气呼吸器', '安全带和救援三脚架'],
      emergency: ['有限空间事故专项应急预案'],
    },
    emergency: toxicEmergency,
  },
  {
    name: '高处作业', location: '储罐顶、装置框架', posts: ['高处作业人'],
    factors: ['未系安全带', '平台护栏缺失', '恶劣天气登高'],
    accidents: ['高处坠落', '物体打击'],
    measures: {
      engineering: ['防护栏杆和安全网'],
      management: ['高处作业许可证', '六级以上大风停止作业'],
      training: ['登高作业培训'],
      ppe: ['全身式安全带', '安全帽'],
      emergency: ['高处坠落救援方案'],
    },
    emergency: '发生坠落立即停止作业，不得随意搬动伤者，拨打120，并由专人引导救护车。',
  },
];

/** Public places: a filling station, a CNG/LNG station, a warehouse area, a pipeline segment. */
export const PUBLIC_TEMPLATES: Record<'filling_station' | 'cng' | 'lng' | 'warehouse_area' | 'pipeline_segment', RiskTemplate> = {
  filling_station: { ...UNIT_TEMPLATES.station },
  cng: {
    name: '', location: '加气站压缩机房及储气井', posts: ['加气员', '压缩机操作工'],
    factors: ['高压储气井和加气软管泄漏', '压缩机超压', '车辆气瓶超期'],
    accidents: ['火灾', '容器爆炸', '其他爆炸'],
    measures: {
      engineering: ['可燃气体检测与紧急切断联锁', '拉断阀和安全阀', '压缩机超压联锁停机'],
      management: ['车用气瓶检验合格方可加气', '储气井定期检测'],
      training: ['压缩天然气加气作业培训'],
      ppe: ['防静电工作服'],
      emergency: ['加气站泄漏和火灾现场处置方案'],
    },
    emergency: '发生泄漏立即按下紧急停车按钮，关闭进站总阀，疏散站内车辆人员，设立警戒区并报警（119）。',
  },
  lng: {
    name: '', location: 'LNG储罐区及气化区', posts: ['LNG站操作工', '卸车工'],
    factors: ['低温储罐和管道泄漏', 'BOG超压', '卸车软管破裂', '低温冻伤'],
    accidents: ['火灾', '其他爆炸', '灼烫'],
    measures: {
      engineering: ['储罐液位压力监测与紧急切断', '低温检测和高倍数泡沫', '围堰集液池'],
      management: ['卸车作业监护', '储罐日蒸发率监测'],
      training: ['LNG操作和防冻伤培训'],
      ppe: ['防冻手套', '面罩'],
      emergency: ['LNG泄漏专项应急预案'],
    },
    emergency: '发现LNG泄漏立即关闭紧急切断阀，用高倍数泡沫覆盖集液池，禁止用水直接喷射泄漏液体；设立警戒区，疏散下风向人员并报警。',
  },
  warehouse_area: {
    ...UNIT_TEMPLATES.warehouse, location: '仓储区库房', posts: ['仓储区管理员', '叉车司机', '保安'],
  },
  pipeline_segment: {
    name: '', location: '管道沿线', posts: ['管道巡线工', '阀室值班员'],
    factors: ['第三方施工挖断或碰损管道', '管道腐蚀穿孔', '地质沉降'],
    accidents: ['火灾', '其他爆炸'],
    measures: {
      engineering: ['阴极保护', '线路截断阀远程关断', '管道标志桩和警示带'],
      management: ['每日巡线', '第三方施工报备和现场监护', '高后果区识别'],
      training: ['巡线员培训'],
      ppe: ['便携式可燃气体检测仪'],
      emergency: ['管道泄漏抢修预案，与沿线镇街联动'],
    },
    emergency: '发现管道泄漏立即报告调度关闭上下游截断阀，设立警戒区，禁止一切火源，疏散周边群众并报警（119）。',
  },
};
