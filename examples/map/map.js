// What a portal does with a selection: here, says which region was chosen.
for (const map of document.querySelectorAll('indicator-map'))
  map.addEventListener('lg-select', (event) => {
    document.getElementById('selection').textContent = `已选择 / selected: ${event.detail.label}`;
  });
