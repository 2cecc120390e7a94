// A React 19 app: a Report computed in the browser by the core, shown by two widgets; the bars'
// lg-select handler is typed by lawgauge/react, without casts.
import { builtInCatalog, evaluate, ingest } from 'lawgauge';
import 'lawgauge/widgets';
import type { LgSelectEvent } from 'lawgauge/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const catalog = builtInCatalog('police-presence');
const checks = ingest(catalog.datasets[0]!, [
  { district: '黄浦区', checked_at: '2019-03-02T10:00:00+08:00', police_visible: '是', issue_present: '否' },
  { district: '黄浦区', checked_at: '2019-03-05T10:00:00+08:00', police_visible: '否', issue_present: '否' },
  { district: '徐汇区', checked_at: '2019-03-09T10:00:00+08:00', police_visible: '是', issue_present: '否' },
]);
const [report] = evaluate(catalog, { patrol_checks: checks }, { indicators: ['street_visibility_rate'], period: 'month', by: ['district'], from: '2019-03-01', to: '2019-03-31' });

function App() {
  const [selected, setSelected] = useState('');
  return (
    <main>
      <indicator-card report={report} lang="en" />
      <indicator-bars report={report} onlg-select={(event: LgSelectEvent) => setSelected(event.detail.label)} />
      <p>
        Selected: <output id="selected">{selected}</output>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
