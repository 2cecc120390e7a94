/**
 * Shanghai's 16 districts with the traits the synthetic data gives them, so that the seed data
 * shows district differences (all invented; no real figures).
 * - weight: share of cases, checks and respondents;
 * - speed: multiplier of trial durations (below 1 = faster courts);
 * - visibility: base probability that a spot check sees police;
 * - contentment: shift of survey answers (positive = happier residents).
 */
export interface DistrictProfile {
  readonly name: string;
  readonly weight: number;
  readonly speed: number;
  readonly visibility: number;
  readonly contentment: number;
}

export const DISTRICTS: readonly DistrictProfile[] = [
  { name: '黄浦区', weight: 0.06, speed: 0.9, visibility: 0.82, contentment: 0.3 },
  { name: '徐汇区', weight: 0.07, speed: 0.95, visibility: 0.78, contentment: 0.3 },
  { name: '长宁区', weight: 0.05, speed: 0.85, visibility: 0.76, contentment: 0.35 },
  { name: '静安区', weight: 0.07, speed: 0.9, visibility: 0.8, contentment: 0.3 },
  { name: '普陀区', weight: 0.06, speed: 1.05, visibility: 0.7, contentment: 0.1 },
  { name: '虹口区', weight: 0.05, speed: 1.0, visibility: 0.72, contentment: 0.15 },
  { name: '杨浦区', weight: 0.06, speed: 1.05, visibility: 0.7, contentment: 0.1 },
  { name: '闵行区', weight: 0.1, speed: 1.1, visibility: 0.66, contentment: 0.0 },
  { name: '宝山区', weight: 0.08, speed: 1.15, visibility: 0.64, contentment: -0.05 },
  { name: '嘉定区', weight: 0.07, speed: 1.1, visibility: 0.62, contentment: 0.0 },
  { name: '浦东新区', weight: 0.16, speed: 1.2, visibility: 0.7, contentment: 0.05 },
  { name: '金山区', weight: 0.03, speed: 0.95, visibility: 0.58, contentment: 0.1 },
  { name: '松江区', weight: 0.06, speed: 1.1, visibility: 0.62, contentment: 0.0 },
  { name: '青浦区', weight: 0.04, speed: 1.0, visibility: 0.6, contentment: 0.05 },
  { name: '奉贤区', weight: 0.03, speed: 1.0, visibility: 0.57, contentment: 0.05 },
  { name: '崇明区', weight: 0.01, speed: 0.8, visibility: 0.52, contentment: 0.2 },
];

/** Picks a district index by weight. */
export function pickDistrict(random: () => number): number {
  let roll = random();
  for (let i = 0; i < DISTRICTS.length - 1; i++) {
    roll -= DISTRICTS[i]!.weight;
    if (roll < 0) return i;
  }
  return DISTRICTS.length - 1;
}

/**
 * Events the data reflects and the demo annotates: the patrol reform that raises street
 * visibility from April 2019, and the China International Import Expo (进博会) in 青浦区.
 */
export const EVENTS = [
  {
    id: 'ciie_2018',
    start: '2018-11-05',
    end: '2018-11-10',
    district: '青浦区',
    label: { 'zh-CN': '首届中国国际进口博览会', en: '1st China International Import Expo' },
  },
  {
    id: 'patrol_reform',
    start: '2019-04-01',
    end: '2019-04-01',
    district: null,
    label: { 'zh-CN': '街面巡防机制改革', en: 'Street patrol reform' },
  },
  {
    id: 'ciie_2019',
    start: '2019-11-05',
    end: '2019-11-10',
    district: '青浦区',
    label: { 'zh-CN': '第二届中国国际进口博览会', en: '2nd China International Import Expo' },
  },
  {
    id: 'ciie_2020',
    start: '2020-11-05',
    end: '2020-11-10',
    district: '青浦区',
    label: { 'zh-CN': '第三届中国国际进口博览会', en: '3rd China International Import Expo' },
  },
] as const;
