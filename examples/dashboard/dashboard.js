// The page's language and theme switches: set `lang` / `theme` on the dashboard, which passes
// them to every panel. No inline script, so the page works under a strict CSP.
const dashboard = document.querySelector('lawgauge-dashboard');
const langButton = document.getElementById('lang');
const themeButton = document.getElementById('theme');
langButton.addEventListener('click', () => {
  const english = document.documentElement.lang !== 'en';
  document.documentElement.lang = english ? 'en' : 'zh-CN';
  dashboard.setAttribute('lang', english ? 'en' : 'zh-CN');
  langButton.textContent = english ? '中文' : 'English';
  themeButton.textContent = english ? 'Dark' : '深色';
  document.title = english ? 'Safe Shanghai · lawgauge' : '平安上海 · lawgauge';
  document.querySelector('nav').setAttribute('aria-label', english ? 'Display settings' : '显示设置');
});
themeButton.addEventListener('click', () => {
  const dark = themeButton.getAttribute('aria-pressed') !== 'true';
  themeButton.setAttribute('aria-pressed', String(dark));
  document.body.classList.toggle('dark', dark);
  dashboard.setAttribute('theme', dark ? 'dark' : 'light');
});
