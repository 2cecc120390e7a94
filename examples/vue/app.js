// Vue 3: the widgets are custom elements (compilerOptions.isCustomElement), the Report object is
// bound as a property with `.prop`, and `@lg-select` listens to the widget's event.
import { createApp, ref } from 'vue';
import 'lawgauge/widgets';

const app = createApp({
  setup() {
    const report = ref(null);
    const district = ref(null);
    fetch('../dashboard/reports/street-visibility-2019.json')
      .then((response) => response.json())
      .then((json) => (report.value = json));
    return { report, district, onSelect: (event) => (district.value = String(event.detail.group.district)) };
  },
  template: `
    <main>
      <h1>Vue 3</h1>
      <h2>街面见警率 / Street police visibility</h2>
      <indicator-bars v-if="report" :report.prop="report" :selected="district ?? undefined" @lg-select="onSelect"></indicator-bars>
      <p id="selection" role="status">{{ district === null ? '点击一个区 / Select a district' : '已选择 / selected: ' + district }}</p>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('indicator-') || tag === 'reform-progress' || tag === 'lawgauge-dashboard';
app.mount('#app');
