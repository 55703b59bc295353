/**
 * wijkmonitor's <profiel-taart>, from the one-file bundle `dist/wijkmonitor.min.js` that the page
 * loads before this module. Each element gets the small monitor (one gebied, two jaren) through its
 * `data` property, as any page that sets `data` does. Every element gets the same object, which the
 * first element to read it validates for all of them.
 */

/** Returns what the element shows: its chart, the placeholder of a lazy chart, or anything else. */
function shows(element) {
  const root = element.shadowRoot;
  if (root?.querySelector('svg .slice')) return 'chart';
  if (root?.querySelector('.chart[data-placeholder]')) return 'placeholder';
  return 'other';
}

let viewportObserver = null;
const viewportAnswers = new Map();

/**
 * Resolves whether any part of the element is in the viewport, from an IntersectionObserver, so
 * that checking 400 charts forces no layout while they are still being drawn.
 */
function inViewport(element) {
  viewportObserver ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      viewportAnswers.get(entry.target)?.(entry.isIntersecting);
      viewportAnswers.delete(entry.target);
      viewportObserver.unobserve(entry.target);
    }
  });
  return new Promise((resolve) => {
    viewportAnswers.set(element, resolve);
    viewportObserver.observe(element);
  });
}

/**
 * Resolves once the element is present on the page. <profiel-taart> draws a chart that lies more
 * than one viewport away from the visible area only when it comes near, and shows a placeholder of
 * the chart's size until then. So a chart counts as present when it shows its chart, or when it
 * shows its placeholder and no part of it is in the viewport. A chart in the viewport must be drawn.
 */
async function whenDrawn(element) {
  for (let attempt = 0; attempt < 1000; attempt++) {
    await element.updateComplete;
    const state = shows(element);
    if (state === 'chart') return;
    if (state === 'placeholder' && !(await inViewport(element))) return;
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
