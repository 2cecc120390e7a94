// A page author's own script: listens to lg-select from any widget (no inline script on this page).
document.addEventListener('lg-select', (event) => {
  document.getElementById('selected').textContent = event.detail.label;
});
