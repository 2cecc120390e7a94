import { formatDay, type Programme } from '../../src/index.js';
import { dayFromCivil, seededRandom } from '../../src/internal.js';

/*
 * The 2019 Shanghai political-legal reform agenda (../shared/seeds/, in Chinese) as a programme:
 * its sections as areas and the measures it names as tasks. Owners, dates, milestones and progress
 * are SYNTHETIC (deterministic, seeded), shaped to look plausible: most 2019 tasks done and
 * verified, some caught up late, a few overdue, 2020 tasks under way.
 */
type Text = readonly [zh: string, en: string];
interface Spec {
  readonly id: string;
  readonly title: Text;
  readonly owner: string;
  readonly due: string;
  readonly children?: readonly Spec[];
}

const AREAS: readonly { id: string; label: Text; tasks: readonly Spec[] }[] = [
  {
    id: 'security',
    label: ['维护国家安全和社会稳定', 'National security and social stability'],
    tasks: [
      {
        id: 'anti_gang',
        title: ['扫黑除恶专项斗争常态化', 'Make the campaign against organised crime routine'],
        owner: '市公安局',
        due: '2019-12-31',
      },
      {
        id: 'telecom_fraud',
        title: ['打击电信网络诈骗和“套路贷”', 'Crack down on telecom fraud and predatory loans'],
        owner: '市公安局',
        due: '2019-09-30',
      },
      {
        id: 'ciie_security',
        title: ['进博会安保', 'Security for the import expo'],
        owner: '市公安局',
        due: '2019-11-10',
      },
    ],
  },
  {
    id: 'judicial_reform',
    label: ['司法体制综合配套改革', 'Comprehensive supporting reform of the judicial system'],
    tasks: [
      {
        id: 'judicial_responsibility',
        title: ['司法责任制改革', 'Judicial responsibility system'],
        owner: '市委政法委',
        due: '2019-12-31',
        children: [
          {
            id: 'case_ownership',
            title: ['突出法官、检察官办案主体地位', 'Judges and prosecutors own their cases'],
            owner: '市高院',
            due: '2019-06-30',
          },
          {
            id: 'performance_evaluation',
            title: ['绩效考核评价机制', 'Performance evaluation'],
            owner: '市高院',
            due: '2019-09-30',
          },
          {
            id: 'accountability',
            title: ['司法责任追究制度', 'Judicial accountability rules'],
            owner: '市检察院',
            due: '2019-12-31',
          },
        ],
      },
      {
        id: 'smart_case_system',
        title: [
          '上海刑事、民商事及行政案件智能辅助办案系统',
          'Intelligent case-handling assistant for criminal, civil and administrative cases',
        ],
        owner: '市高院',
        due: '2020-06-30',
      },
      {
        id: 'police_three_in_one',
        title: ['公安“三位一体”改革', 'Three-in-one police reform'],
        owner: '市公安局',
        due: '2020-03-31',
      },
      {
        id: 'justice_administration',
        title: ['司法行政改革', 'Reform of judicial administration'],
        owner: '市司法局',
        due: '2020-06-30',
        children: [
          { id: 'lawyers', title: ['律师制度改革', 'Lawyers'], owner: '市司法局', due: '2019-12-31' },
          { id: 'notaries', title: ['公证改革', 'Notaries'], owner: '市司法局', due: '2019-10-31' },
          { id: 'forensics', title: ['司法鉴定改革', 'Forensic appraisal'], owner: '市司法局', due: '2020-03-31' },
          { id: 'legal_aid', title: ['法律援助改革', 'Legal aid'], owner: '市司法局', due: '2019-12-31' },
          { id: 'arbitration', title: ['仲裁改革', 'Arbitration'], owner: '市司法局', due: '2020-06-30' },
        ],
      },
      {
        id: 'reform_review',
        title: ['综合配套改革成效督查评估', 'Review of the supporting reforms'],
        owner: '市委政法委',
        due: '2020-03-31',
      },
    ],
  },
  {
    id: 'governance',
    label: ['超大城市社会治理', 'Megacity social governance'],
    tasks: [
      {
        id: 'district_centres',
        title: ['区级城市运行综合管理中心', 'District city-operations centres'],
        owner: '市委政法委',
        due: '2019-12-31',
      },
      {
        id: 'sharp_eyes',
        title: ['“雪亮工程”联网应用', '“Sharp Eyes” video network'],
        owner: '市公安局',
        due: '2020-06-30',
      },
      {
        id: 'fengqiao',
        title: ['新时代“枫桥经验”矛盾化解', 'Dispute resolution in the “Fengqiao” tradition'],
        owner: '市司法局',
        due: '2019-12-31',
      },
    ],
  },
  {
    id: 'rule_of_law',
    label: ['法治化营商环境', 'Rule-of-law business environment'],
    tasks: [
      {
        id: 'ftz_regulations',
        title: ['自贸试验区条例修改', 'Revise the free-trade-zone regulations'],
        owner: '市司法局',
        due: '2019-12-31',
      },
      {
        id: 'star_market',
        title: ['科创板注册制法律服务保障', 'Legal services for the STAR Market registration system'],
        owner: '市高院',
        due: '2019-09-30',
      },
      {
        id: 'yangtze_delta',
        title: ['长三角政法协作', 'Yangtze River Delta political-legal cooperation'],
        owner: '市委政法委',
        due: '2020-06-30',
      },
      {
        id: 'one_network',
        title: ['“一网通办”公共法律服务', 'Public legal services on the one-stop online portal'],
        owner: '市司法局',
        due: '2019-12-31',
      },
    ],
  },
  {
    id: 'workforce',
    label: ['政法队伍建设', 'Building the political-legal workforce'],
    tasks: [
      {
        id: 'political_inspection',
        title: ['政治督察', 'Political inspections'],
        owner: '市委政法委',
        due: '2019-12-31',
      },
      {
        id: 'training',
        title: ['政法干警全员培训', 'Training for all officers'],
        owner: '市委政法委',
        due: '2020-06-30',
      },
      {
        id: 'case_review',
        title: ['执法巡查和案件评查', 'Enforcement inspections and case reviews'],
        owner: '市检察院',
        due: '2019-11-30',
      },
    ],
  },
];

const MILESTONES: readonly Text[] = [
  ['制定方案', 'Plan adopted'],
  ['试点', 'Pilot'],
  ['全面推开', 'Roll-out'],
  ['评估总结', 'Review'],
];

/** The owners' names in English (the ledger writes them in Chinese, as offices do). */
const OWNERS: readonly (readonly [zh: string, en: string])[] = [
  ['市委政法委', 'Municipal Political and Legal Affairs Commission'],
  ['市高院', 'Shanghai High People’s Court'],
  ['市检察院', 'Shanghai People’s Procuratorate'],
  ['市公安局', 'Municipal Public Security Bureau'],
  ['市司法局', 'Municipal Bureau of Justice'],
];

/** The seed programme, with progress as the data stood on `extracted` (later dates are not yet known). */
export function shanghaiProgramme(extracted = '2019-12-31', seed = 20190101): Programme {
  const random = seededRandom(seed);
  const cut = dayFromCivil(...(extracted.split('-').map(Number) as [number, number, number]));
  const tasks: Programme['tasks'][number][] = [];
  const known = (day: number): string | null => (day <= cut ? formatDay(day) : null);
  const add = (spec: Spec, area: string, parent: string | null): void => {
    const [y, m, d] = spec.due.split('-').map(Number) as [number, number, number];
    const due = dayFromCivil(y, m, d);
    const start = dayFromCivil(2019, 1, 1) + Math.floor(random() * 60);
    const span = due - start;
    // Completion: most on time, some late, some not yet; verification 10–60 days after.
    const roll = random();
    const completed =
      roll < 0.6 ? due - Math.floor(random() * 40) : roll < 0.8 ? due + 5 + Math.floor(random() * 50) : null;
    const verified = completed !== null && random() < 0.7 ? completed + 10 + Math.floor(random() * 50) : null;
    const milestones =
      spec.children === undefined
        ? MILESTONES.slice(0, 2 + Math.floor(random() * 3)).map(([zh, en], index, list) => {
            const milestoneDue = start + Math.round((span * (index + 1)) / list.length);
            const done =
              completed !== null
                ? Math.min(milestoneDue, completed)
                : random() < 0.6
                  ? milestoneDue + Math.floor(random() * 30)
                  : null;
            return {
              title: { 'zh-CN': zh, en },
              due_on: formatDay(milestoneDue),
              done_on: done === null ? null : known(done),
            };
          })
        : undefined;
    tasks.push({
      id: spec.id,
      parent,
      area,
      title: { 'zh-CN': spec.title[0], en: spec.title[1] },
      owner: spec.owner,
      weight: spec.children === undefined ? 1 + Math.floor(random() * 3) : 1,
      start_on: formatDay(start),
      due_on: spec.due,
      completed_on: completed === null ? null : known(completed),
      verified_on: verified === null || completed === null || known(completed) === null ? null : known(verified),
      ...(milestones === undefined ? {} : { milestones }),
    });
    for (const child of spec.children ?? []) add(child, area, spec.id);
  };
  for (const area of AREAS) for (const task of area.tasks) add(task, area.id, null);
  return {
    $schema: '../../schema/programme.schema.json',
    id: 'shanghai-2019',
    label: { 'zh-CN': '2019年上海政法改革任务（示例）', en: 'Shanghai 2019 political-legal reform tasks (sample)' },
    synthetic: true,
    areas: AREAS.map((area) => ({ id: area.id, label: { 'zh-CN': area.label[0], en: area.label[1] } })),
    tasks,
    owners: OWNERS.map(([zh, en]) => ({ id: zh, label: { 'zh-CN': zh, en } })),
  };
}
