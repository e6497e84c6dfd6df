import { nameErrorLinks } from './error-summary.js';

describe('nameErrorLinks', () => {
  const page = (links: string, fields: string): string => `<div class="error-summary"><ul>${links}</ul></div><form>${fields}</form>`;

  it('names each link after the label of its field, without the hint in brackets', () => {
    const html = page(
      '<li><a href="#fullName" data-error-for="fullName">Không được để trống.</a></li>',
      '<label for="fullName">Họ và tên <span class="hint">(không bắt buộc)</span></label><input id="fullName">',
    );
    expect(nameErrorLinks(html)).toContain('<a href="#fullName" data-error-for="fullName">Họ và tên: Không được để trống.</a>');
  });

  it('leaves a link without a label as it was (the message still links to the field)', () => {
    const html = page('<li><a href="#staffIds" data-error-for="staffIds">Chọn ít nhất một mục.</a></li>', '<input id="other">');
    expect(nameErrorLinks(html)).toBe(html);
  });

  it('does not take the label of a field whose id merely starts the same', () => {
    const html = page(
      '<li><a href="#award-from" data-error-for="award-from">Bắt buộc.</a></li>',
      '<label for="award-from-year">Năm</label><label for="award-from">Từ ngày</label>',
    );
    expect(nameErrorLinks(html)).toContain('data-error-for="award-from">Từ ngày: Bắt buộc.</a>');
  });
});
