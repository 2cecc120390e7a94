// The widgets' template types for Vue (Volar and vue-tsc read them from here).
import type {} from 'lawgauge/vue';
