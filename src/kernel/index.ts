/** The ground floor: vocabulary, codes, years, the actor and the coded error. Imports nothing. */
export * from './actor.js';
export * from './codes.js';
export * from './coded-error.js';
export * from './vocabulary.js';
export * from './years.js';
