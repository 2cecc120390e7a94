// Plain TypeScript in a page: the widget classes, the tag names and the events, typed without casts.
import { IndicatorBars, type LgErrorEvent, type LgSelectDetail, type LgSelectEvent } from 'lawgauge/widgets';
import 'lawgauge/widgets/indicator-card';

const bars: IndicatorBars = document.createElement('indicator-bars');
bars.addEventListener('lg-select', (event) => {
  const detail: LgSelectDetail = event.detail;
  const district: string | number | boolean | null | undefined = detail.group['district'];
  console.log(detail.label, district, detail.value);
});
bars.addEventListener('lg-error', (event: LgErrorEvent) => console.log(event.detail.code, event.detail.message));
export const onSelect = (event: LgSelectEvent): string => event.detail.label;
export const card = document.querySelector('indicator-card')?.report;
