// The functions that loading a `src` runs, for the gebied selection scenario.
export { parseJsonText } from '../../src/model/parse-json.ts';
export { validate } from '../../src/model/validate.ts';
export { findGebied, selectResult } from '../../src/model/select.ts';
