// Gives the dashboard a File, as a page does with the user's pick, under the policy the page was served with.
const board = document.querySelector('lawgauge-dashboard');
// The worker, served with the page's policy (report-api.mjs), as a server sending one CSP on every response does.
board.setAttribute('worker', `./csp-compute.worker.js${location.search}`);
const csv = '受理日期,区,审查逮捕,审查起诉,可避免的程序环节数\n2019/1/1,金山区,否,是,3\n2019/1/2,嘉定区,是,是,1\n';
board.files = { 'picked.csv': new window.File([csv], '案件.csv', { type: 'text/csv' }) };
board.report = {
  title: { 'zh-CN': '检察', en: 'Procuratorate' },
  sections: [
    {
      id: 'p',
      title: { 'zh-CN': '案-件比', en: 'Ratio' },
      panels: [
        {
          widget: 'indicator-card',
          compute: {
            catalog: 'procuratorate',
            indicator: 'case_proceeding_ratio',
            data: { procuratorate_cases: 'picked.csv' },
            period: 'year',
            from: '2019-01-01',
            to: '2019-12-31',
          },
        },
      ],
    },
  ],
};
