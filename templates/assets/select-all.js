/* global document, HTMLInputElement */
// "Select all" / "Select none" on the decision page: without a script they are links that reload the
// list ticked or not; with one, they tick the boxes in place and keep what was typed in the form.
for (const link of document.querySelectorAll('a[data-select]')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const on = link.getAttribute('data-select') === 'all';
    for (const box of link.closest('form').querySelectorAll('input[type="checkbox"][name="ids"]')) {
      if (box instanceof HTMLInputElement && !box.disabled) {
        box.checked = on;
      }
    }
  });
}
