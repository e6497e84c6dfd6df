/* global document, window */
// The print page's "In" button: shown only when scripts run (otherwise the page says to use Ctrl+P).
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
