// Compiled by test/hosts.test.ts against the built package: a React 19 host using the widgets.
import type { LgErrorEvent, LgSelectEvent } from 'lawgauge/react';
import type { Report } from 'lawgauge';
import 'lawgauge/widgets';

export function Page({ report }: { report: Report }) {
  return (
    <div>
      <indicator-card report={report} group="黄浦区" lang="en" onlg-select={(event: LgSelectEvent) => console.log(event.detail.group)} />
      <indicator-trend src="/api/report.json" groups="黄浦区,徐汇区" annotations={[{ date: '2019-11-05', label: '进博会' }]} />
      <indicator-bars report={report} selected="徐汇区" onlg-error={(event: LgErrorEvent) => console.warn(event.detail.code)} />
      <indicator-table report={report} period="2019-03" />
    </div>
  );
}
