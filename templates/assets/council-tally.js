/* global document, HTMLInputElement */
// The council session page: the tally of a ballot against its threshold, said again as the counts are
// typed. Without a script the form still posts and the page shows the tally the server counted.
for (const form of document.querySelectorAll('form[data-tally]')) {
  const output = form.querySelector('output[data-tally-output]');
  const members = Number(form.getAttribute('data-members'));
  const required = Number(form.getAttribute('data-required'));
  const template = form.getAttribute('data-template') ?? '';
  const count = (name) => {
    const input = form.querySelector(`input[data-count="${name}"]`);
    const value = input instanceof HTMLInputElement ? Number(input.value) : 0;
    return Number.isInteger(value) && value >= 0 ? value : 0;
  };
  const update = () => {
    // Votes for, present and written, against ALL members (NĐ 98/2023 Điều 30 khoản 7), in integers.
    const votesFor = count('for') + count('writtenFor');
    const verdict = form.getAttribute(votesFor >= required ? 'data-passes' : 'data-fails') ?? '';
    if (output) {
      output.textContent = template
        .replace('{votesFor}', String(votesFor))
        .replace('{members}', String(members))
        .replace('{required}', String(required))
        .replace('{verdict}', verdict);
    }
  };
  form.addEventListener('input', update);
}
