// The Vue 3 typings: the widgets join GlobalComponents, and the event types are exported.
import type { LgSelectEvent } from 'lawgauge/vue';
import type { GlobalComponents } from 'vue';

export type CardComponent = GlobalComponents['indicator-card'];
export const onSelect = (event: LgSelectEvent): string => event.detail.label;
