// React 19 renders the custom elements as JSX: attributes and properties as props, custom events
// as `onlg-select`. Types: `import type {} from 'lawgauge/react'` in a TypeScript project.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'lawgauge/widgets';
import type {} from 'lawgauge/react';

function App() {
  const [district, setDistrict] = useState<string | null>(null);
  return (
    <main>
      <h1>React 19</h1>
      <h2>街面见警率 / Street police visibility</h2>
      <indicator-bars src="../dashboard/reports/street-visibility-2019.json" selected={district ?? undefined} onlg-select={(event) => setDistrict(String(event.detail.group['district']))}></indicator-bars>
      <p id="selection" role="status">{district === null ? '点击一个区查看其走势 / Select a district' : `已选择 / selected: ${district}`}</p>
      {district === null ? null : <indicator-card src="../dashboard/reports/street-visibility-monthly.json" group={district}></indicator-card>}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
