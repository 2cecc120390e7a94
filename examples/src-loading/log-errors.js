// Widgets report load problems as `lg-error` events too: a portal can log or retry.
document.addEventListener('lg-error', (event) => {
  document.getElementById('log').textContent = `lg-error ${event.detail.code}: ${event.detail.source}`;
});
