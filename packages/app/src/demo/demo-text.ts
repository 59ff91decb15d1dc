// Report sentences for the demo history, in the register of a Chinese district's quarterly progress report.
import type { Rng } from './prng.js';

const DONE = [
  '组织开展辖区危险化学品企业专项检查{n}家次，发现并督促整改隐患{m}项。',
  '召开专题工作会议{k}次，传达学习上级文件精神，细化分解本单位工作任务。',
  '对涉及“两重点一重大”的企业逐一建立台账，落实包保责任人。',
  '联合区有关部门开展执法检查{k}次，立案查处违法违规行为{j}宗。',
  '完成辖区风险点危险源摸排，录入信息系统{n}条。',
  '组织企业安全管理人员培训{k}期，参训{p}人次。',
  '督促重大危险源企业完善监测监控设施，完成整改{j}家。',
  '开展危险化学品运输车辆源头查验抽查{n}车次。',
  '修订完善本单位危险化学品事故应急预案，并组织桌面推演{k}次。',
  '对第三方服务机构开展日常监督检查{k}次。',
];
const PROBLEMS = [
  '部分小微企业主体责任落实不到位，台账记录不规范。',
  '基层专业监管人员不足，专业监管人员配比尚未达到要求。',
  '个别企业隐患整改进度滞后，需持续跟踪督办。',
  '部门间信息共享机制仍需进一步完善。',
  '企业自动化控制系统改造资金压力较大，推进较慢。',
];
const NEXT = [
  '下一步将继续加大检查力度，确保隐患整改闭环。',
  '下季度将组织开展“回头看”，巩固整治成果。',
  '将进一步完善工作台账，按时报送工作进展。',
  '将加强与区有关部门的沟通协调，形成监管合力。',
  '将督促企业落实安全生产主体责任，持续推进各项工作。',
];

function fill(template: string, rng: Rng): string {
  return template
    .replace('{n}', String(rng.int(8, 60)))
    .replace('{m}', String(rng.int(5, 90)))
    .replace('{k}', String(rng.int(1, 6)))
    .replace('{j}', String(rng.int(1, 12)))
    .replace('{p}', String(rng.int(30, 400)));
}

export function demoReportText(rng: Rng, taskTitle: string, year: number, quarter: number): { content: string; problems: string | null; nextSteps: string } {
  const first = fill(rng.pick(DONE), rng);
  let second = fill(rng.pick(DONE), rng);
  if (second === first) second = fill(rng.pick(DONE), rng);
  return {
    content: `${year}年第${quarter}季度，围绕“${taskTitle}”任务，${first}${second}`,
    problems: rng.chance(0.6) ? rng.pick(PROBLEMS) : null,
    nextSteps: rng.pick(NEXT),
  };
}

export const DEMO_PEOPLE = ['陈志强', '李卫东', '黄丽华', '何建国', '刘海燕', '张伟明', '梁志勇', '吴晓玲', '邓国平', '罗美娟', '谢永辉', '周振华'];
export const DEMO_TITLES = { leader: ['副局长', '副镇长', '副主任', '党组成员'], head: ['科长', '股长', '办公室主任', '安全监管办主任'] };
