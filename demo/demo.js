// Passes the jaar and weergave choices on to the profieltaart. The gebied comes from <gebied-kiezer>,
// which sets it on the profieltaart and on both comparisons itself.
const taart = document.getElementById('taart');
const form = document.getElementById('controls');

form.addEventListener('change', (event) => {
  if (event.target.closest('gebied-kiezer')) return;
  taart.setAttribute('jaar', form.elements.jaar.value);
  taart.setAttribute('weergave', form.elements.weergave.value);
});

// A picker inside a form must not submit it when a visitor presses Enter.
form.addEventListener('submit', (event) => event.preventDefault());
