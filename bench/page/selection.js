// The functions that loading a `src` runs, for the gebied selection scenario. `validate` checks every
// result but leaves clean ones unbuilt, and `selectResult` builds the one it returns, so that work is
// timed with it.
export { parseJsonText } from '../../src/model/parse-json.ts';
export { validate } from '../../src/model/validate.ts';
export { findGebied, selectResult } from '../../src/model/select.ts';
