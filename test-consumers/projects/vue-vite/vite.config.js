import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// lawgauge's tags are custom elements, not Vue components.
const isCustomElement = (tag) => tag.startsWith('indicator-') || tag === 'reform-progress' || tag === 'lawgauge-dashboard';

export default defineConfig({ plugins: [vue({ template: { compilerOptions: { isCustomElement } } })] });
