/* global document, Event, HTMLSelectElement */
// A filter box before each unit drop-down (select[data-unit-filter], whose value is the box's label):
// typing part of a name, with or without diacritics, hides the units that do not contain it. Without
// a script the drop-down is whole, each unit named first so the browser's type-ahead reaches it.
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').toLowerCase();

let count = 0;
for (const select of document.querySelectorAll('select[data-unit-filter]')) {
  if (!(select instanceof HTMLSelectElement)) {
    continue;
  }
  count += 1;
  const box = document.createElement('input');
  box.type = 'search';
  box.id = `${select.id || 'unit'}-filter-${count}`;
  box.className = 'unit-filter';
  box.autocomplete = 'off';
  box.setAttribute('aria-controls', select.id);
  const label = document.createElement('label');
  label.htmlFor = box.id;
  label.className = 'unit-filter-label';
  label.textContent = select.dataset.unitFilter ?? '';
  select.before(label, box);
  const options = [...select.options].map((option) => ({ option, text: fold(`${option.text} ${option.title}`) }));
  box.addEventListener('input', () => {
    const query = fold(box.value.trim());
    let first = null;
    for (const { option, text } of options) {
      // The "all units" / "choose" option (no value) stays.
      const shown = option.value === '' || query === '' || text.includes(query);
      option.hidden = !shown;
      if (shown && option.value !== '' && first === null) {
        first = option;
      }
    }
    const chosen = select.selectedOptions[0];
    if (query !== '' && first !== null && (!chosen || chosen.hidden || chosen.value === '')) {
      first.selected = true;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
}
