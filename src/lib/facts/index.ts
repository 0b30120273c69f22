/**
 * Time-sensitive AWS figures in one place (registry.ts), with their source and the date checked.
 * - `facts`, `FactId`: the registry (each fact is also a named export); `getFact(id)` checks an id at run time
 * - `checkedLabel`, `ageInDays`, `factsByAge`: dates for the page note and the `npm run facts` report
 * - `findHandTypedFacts`: finds a registered figure typed by hand in a page or an example
 */
// Each fact is also exported on its own: browser code imports just the ones it shows.
export * from './registry';
export { FactError, type Fact } from './types';
export { ageInDays, checkedLabel, factsByAge, getFact, type FactAge } from './format';
export { findHandTypedFacts, LITERAL_OK_MARKER, type HandTypedFact, type SourceText } from './literals';
