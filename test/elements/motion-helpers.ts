import { render, type TemplateResult } from 'lit';

/**
 * Helpers for tests that run in a background page. @web/test-runner runs two test files at once, and
 * Chromium gives the one in the background page no animation frames and no IntersectionObserver
 * callbacks.
 */

/**
 * Skips a test that needs animation frames or IntersectionObserver callbacks. @web/test-runner runs
 * two test files at once, and Chromium gives the one in the background page neither.
 */
export function skipInBackgroundPage(context: Mocha.Context): void {
  if (document.visibilityState === 'hidden') context.skip();
}

const mounted: HTMLElement[] = [];

/**
 * Renders a template of several elements into a new container in the page. Unlike open-wc's
 * `fixture`, it never waits for an animation frame, which a background test page does not get.
 * Call `unmountAll()` after each test.
 */
export function mountTemplate(template: TemplateResult): HTMLDivElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(template, container);
  mounted.push(container);
  return container;
}

/** Removes every container that `mountTemplate` created. */
export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}
