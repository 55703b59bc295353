import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { installFetchMock } from '../stories/support/fetch-mock.js';
import '../src/define.js';

// Storybook's docs and controls read attributes, properties, events, parts and custom properties
// from the committed manifest.
setCustomElementsManifest(manifest);
installFetchMock();

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    docs: { toc: true },
    // Storybook's docs wrap each story in lang="en" by default; the elements read the nearest lang.
    htmlLang: 'nl',
  },
  initialGlobals: { locale: 'nl' },
};

export default preview;
