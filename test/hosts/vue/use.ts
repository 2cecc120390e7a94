// Compiled by test/hosts.test.ts: the Vue declaration merges into GlobalComponents, with real types.
import type {} from 'lawgauge/vue';
import type { GlobalComponents } from 'vue';

type IsAny<T> = 0 extends 1 & T ? true : false;
type Card = GlobalComponents['indicator-card'];
export const cardIsTyped: IsAny<Card> = false;
