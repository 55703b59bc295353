import type { ConversionMapping, ConversionSources } from '../../src/convert/index.js';

/** Fetches a file that the test server serves from the repository root; throws on an HTTP error. */
export async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) {
    throw new Error(`Fetching ${path} failed with HTTP ${response.status}.`);
  }
  return response.text();
}

/** Loads the demo's mapping, which the slice tests use unchanged. */
export async function loadMapping(): Promise<ConversionMapping> {
  return JSON.parse(await fetchText('/demo/data/mapping.json')) as ConversionMapping;
}

/** Loads the real RIVM slice of test/fixtures/rivm-slice for both jaren. */
export async function loadSliceSources(): Promise<ConversionSources> {
  const folder = '/test/fixtures/rivm-slice';
  return {
    gebieden: await fetchText(`${folder}/gebieden.csv`),
    edities: [
      { jaar: 2016, csv: await fetchText(`${folder}/rivm-2016-18plus.csv`) },
      { jaar: 2020, csv: await fetchText(`${folder}/rivm-2020-18plus.csv`) },
    ],
  };
}
