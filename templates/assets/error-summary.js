/* global document, HTMLElement */
// After a refused submit, move the focus to the error summary, so keyboard and screen-reader users
// start from the list of what to fix (without a script the summary is still first, and its links work).
const summary = document.querySelector('.error-summary');
if (summary instanceof HTMLElement) {
  summary.focus();
}
