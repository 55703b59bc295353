// Fills the gebied picker from the monitor file and passes the choices on to the profieltaart.
const taart = document.getElementById('taart');
const gebiedSelect = document.getElementById('gebied');
const jaarSelect = document.getElementById('jaar');
const form = document.getElementById('controls');

const collator = new Intl.Collator('nl', { sensitivity: 'base', ignorePunctuation: true });

async function fillPicker() {
  const response = await fetch(taart.getAttribute('src'));
  const monitor = await response.json();
  const wijken = monitor.gebieden.filter((gebied) => gebied.type === 'wijk' || gebied.type === 'dorp');
  wijken.sort((a, b) => collator.compare(a.naam, b.naam));

  const gemeente = monitor.gebieden.find((gebied) => gebied.type === 'gemeente');
  if (gemeente) gebiedSelect.append(new Option(`Gemeente ${gemeente.naam}`, gemeente.code));

  for (const wijk of wijken) {
    const group = document.createElement('optgroup');
    group.label = `${wijk.type === 'dorp' ? 'Dorp' : 'Wijk'} ${wijk.naam}`;
    group.append(new Option(`${wijk.naam} (hele ${wijk.type})`, wijk.code));
    const buurten = monitor.gebieden
      .filter((gebied) => gebied.ouder === wijk.code)
      .sort((a, b) => collator.compare(a.naam, b.naam));
    for (const buurt of buurten) group.append(new Option(buurt.naam, buurt.code));
    gebiedSelect.append(group);
  }
  gebiedSelect.value = taart.getAttribute('gebied');
}

form.addEventListener('change', () => {
  taart.setAttribute('gebied', gebiedSelect.value);
  taart.setAttribute('jaar', jaarSelect.value);
  taart.setAttribute('weergave', form.elements.weergave.value);
});

fillPicker().catch((error) => console.error('The gebied picker could not be filled:', error));
