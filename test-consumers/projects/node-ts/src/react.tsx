// The React 19 JSX typings: props and lg-select handlers typed by lawgauge/react.
import type { LgSelectEvent } from 'lawgauge/react';
import type { Report } from 'lawgauge';

export function Panel({ report, onPick }: { report: Report; onPick: (label: string) => void }) {
  return (
    <>
      <indicator-card report={report} theme="dark" />
      <indicator-bars report={report} onlg-select={(event: LgSelectEvent) => onPick(event.detail.label)} />
    </>
  );
}
