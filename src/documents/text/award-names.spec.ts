import { awardPhrase, awardPhraseUpper } from './award-names.js';

describe('award names in decisions', () => {
  it('quotes an emulation title after "danh hiệu"', () => {
    expect(awardPhrase({ name: 'Lao động tiên tiến', kind: 'title' })).toBe('danh hiệu “Lao động tiên tiến”');
  });

  it('does not quote twice a name stored with quotes or with "danh hiệu"', () => {
    expect(awardPhrase({ name: '"Chiến sĩ thi đua cơ sở"', kind: 'title' })).toBe('danh hiệu “Chiến sĩ thi đua cơ sở”');
    expect(awardPhrase({ name: 'Danh hiệu “Lao động tiên tiến”', kind: 'title' })).toBe('danh hiệu “Lao động tiên tiến”');
  });

  it('writes a commendation plainly', () => {
    expect(awardPhrase({ name: 'Giấy khen', kind: 'commendation' })).toBe('Giấy khen');
    expect(awardPhrase({ name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', kind: 'commendation' })).toBe(
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    );
  });

  it('upper-cases for a list title, quotes kept', () => {
    expect(awardPhraseUpper({ name: 'Lao động tiên tiến', kind: 'title' })).toBe('DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”');
  });
});
