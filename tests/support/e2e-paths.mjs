// Where each end-to-end server keeps its responses: a database of its own, new for every build,
// that the tests also open (through `npm run responses`) to make a moderator or import a fixture.

/** @param {'server' | 'static'} mode */
export const e2eResponsesDb = (mode) => `.cache/e2e-responses-${mode}.db`
