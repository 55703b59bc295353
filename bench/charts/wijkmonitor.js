/**
 * wijkmonitor's <profiel-taart>, from the one-file bundle `dist/wijkmonitor.min.js` that the page
 * loads before this module. Each element gets the small monitor (one gebied, two jaren) through its
 * `data` property, so it validates the data itself, as it does for any page that sets `data`.
 */

function isDrawn(element) {
  return element.shadowRoot?.querySelector('svg .slice') != null;
}

/** Resolves once the element has rendered its chart; Lit renders in microtasks after the data task. */
// NOTE: an element that renders only when it scrolls into view would never resolve here for charts
// below the fold; the 400-chart scenario then needs its own "drawn" rule for the visible charts.
async function whenDrawn(element) {
  for (let attempt = 0; attempt < 1000; attempt++) {
    await element.updateComplete;
    if (isDrawn(element)) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  throw new Error(`<profiel-taart> did not draw; it shows: ${element.shadowRoot?.textContent?.trim().slice(0, 200)}`);
}

export function createChart(container, profile, { jaar, width }) {
  if (!customElements.get('profiel-taart')) throw new Error('dist/wijkmonitor.min.js did not define <profiel-taart>.');

  const element = document.createElement('profiel-taart');
  element.style.display = 'block';
  element.style.width = `${width}px`;
  element.data = profile.monitor;
  element.setAttribute('gebied', profile.gebied.code);
  element.setAttribute('jaar', String(jaar));
  container.append(element);
  return {
    ready: whenDrawn(element),
    setJaar(next) {
      element.setAttribute('jaar', String(next));
    },
  };
}
