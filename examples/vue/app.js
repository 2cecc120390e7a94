// Vue 3: the widgets are custom elements, drawn by a render function (`h`), so the page needs
// Vue's runtime only: no template compiled in the browser, which would build code from strings
// (`new Function`) that the README's Content-Security-Policy refuses. The Report object is set as a
// property (`.report`, as `:report.prop` in a template), and `onLgSelect` listens to the widget's
// `lg-select` event.
import { createApp, h, ref } from 'vue';
import 'lawgauge/widgets';

const app = createApp({
  setup() {
    const report = ref(null);
    const district = ref(null);
    fetch('../dashboard/reports/street-visibility-2019.json')
      .then((response) => response.json())
      .then((json) => (report.value = json));
    const onSelect = (event) => (district.value = String(event.detail.group.district));
    return () =>
      h('main', [
        h('h1', 'Vue 3'),
        h('h2', '街面见警率 / Street police visibility'),
        report.value === null
          ? null
          : h('indicator-bars', {
              '.report': report.value,
              selected: district.value ?? undefined,
              onLgSelect: onSelect,
            }),
        h(
          'p',
          { id: 'selection', role: 'status' },
          district.value === null ? '点击一个区 / Select a district' : `已选择 / selected: ${district.value}`,
        ),
      ]);
  },
});
app.mount('#app');
