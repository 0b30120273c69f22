/**
 * Time-sensitive AWS figures in one place (registry.ts), with their source and the date checked.
 * - `facts`, `FactId`: the registry; `getFact(id)` checks an id at run time
 * - `checkedLabel`, `ageInDays`, `factsByAge`: dates for the page note and the `npm run facts` report
 * - `findHandTypedFacts`: finds a registered figure typed by hand in a page or an example
 */
export { facts, type FactId } from './registry';
export { FactError, type Fact } from './types';
export { ageInDays, checkedLabel, factsByAge, getFact, type FactAge } from './format';
export { findHandTypedFacts, LITERAL_OK_MARKER, type HandTypedFact, type SourceText } from './literals';
