import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    {
      name: '@storybook/addon-docs',
      // The docs pages for web editors use GitHub-style tables.
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
  ],
  // The stories fetch the real demo monitor and the test fixtures, as a CMS page would.
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../test/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Lit's decorators in src/ are TypeScript's experimental decorators (tsconfig.json), and
    // reactive properties need `useDefineForClassFields: false`; standard decorators would make
    // every element fail in the browser.
    return {
      ...viteConfig,
      oxc: {
        ...(typeof viteConfig.oxc === 'object' ? viteConfig.oxc : {}),
        // Class fields are lowered for ES2021, so the two options below give TypeScript's
        // `useDefineForClassFields: false` behaviour.
        target: 'es2021',
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
    };
  },
};

export default config;
