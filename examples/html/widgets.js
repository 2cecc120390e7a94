// 2. A property: portal code sets a Report object (here the annotations, which are a property too).
document.querySelector('indicator-trend').annotations = [
  { date: '2019-04-01', label: '巡防改革' },
  { date: '2019-11-05', label: '进博会' },
];
// Selecting a district in the bars highlights it in the trend.
document.querySelector('indicator-bars').addEventListener('lg-select', (event) => {
  document.querySelector('indicator-trend').groups = `${event.detail.group.district},黄浦区`;
});
// Names of group values in each language (a property): the English card says Qingpu, not 青浦区.
document.querySelector('indicator-card[lang="en"]').groupLabels = {
  district: { 青浦区: { 'zh-CN': '青浦区', en: 'Qingpu' } },
};
