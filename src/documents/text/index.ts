export { amountInWords, numberInWords } from './amount-in-words.js';
export { awardPhrase, awardPhraseUpper, bareAwardName, type AwardKind, type AwardName } from './award-names.js';
export { dateInWords, DATE_BLANK, placeAndDate, yearOf } from './date-line.js';
export { blankDecisionNumber, decisionNumber, decisionSymbol, numberLine } from './decision-number.js';
export { capitalisePersonName } from './names.js';
export { formatCoefficient, formatNumber } from './numbers.js';
