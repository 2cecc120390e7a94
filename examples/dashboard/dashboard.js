// The page's language and theme: read from the URL on load (?lang=en&theme=dark, beside the
// dashboard's own ?district=…), so a view can be shared, and set by the two switches, which write
// them back to the URL. A value the page does not know (?lang=fr) is left out: the page shows its
// default and the URL no longer claims otherwise. No inline script, so the page works under a strict CSP.
const dashboard = document.querySelector('lawgauge-dashboard');
const langButton = document.getElementById('lang');
const themeButton = document.getElementById('theme');
const WORDS = {
  'zh-CN': { other: 'English', dark: '深色', title: '平安上海 · lawgauge', nav: '显示设置' },
  en: { other: '中文', dark: 'Dark', title: 'Safe Shanghai · lawgauge', nav: 'Display settings' },
};

const params = new URLSearchParams(location.search);
let lang = params.get('lang') === 'en' ? 'en' : 'zh-CN';
/** `dark`, `light`, or undefined to follow the system. */
let theme = ['dark', 'light'].includes(params.get('theme')) ? params.get('theme') : undefined;

function show() {
  const words = WORDS[lang];
  document.documentElement.lang = lang;
  dashboard.setAttribute('lang', lang);
  langButton.textContent = words.other;
  themeButton.textContent = words.dark;
  document.title = words.title;
  document.querySelector('nav').setAttribute('aria-label', words.nav);
  const dark = theme === 'dark';
  themeButton.setAttribute('aria-pressed', String(dark));
  document.body.classList.toggle('dark', dark);
  if (theme === undefined) dashboard.removeAttribute('theme');
  else dashboard.setAttribute('theme', theme);
  // The defaults (Chinese, the system's theme) need no parameter.
  const url = new URL(location.href);
  if (lang === 'en') url.searchParams.set('lang', lang);
  else url.searchParams.delete('lang');
  if (theme === undefined) url.searchParams.delete('theme');
  else url.searchParams.set('theme', theme);
  if (url.href !== location.href) history.replaceState(history.state, '', url.href);
}

langButton.addEventListener('click', () => {
  lang = lang === 'en' ? 'zh-CN' : 'en';
  show();
});
themeButton.addEventListener('click', () => {
  theme = theme === 'dark' ? 'light' : 'dark';
  show();
});
show();
