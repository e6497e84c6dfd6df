import { dateInWords } from '../documents/index.js';
import { correctionAbstract, decisionNumberText, revocationAbstract, revokedReasonText } from './revocation-wording.js';

const original = {
  number: 7,
  symbol: 'QĐ-SVHTTDL',
  signedOn: '2026-01-05',
  abstract: 'Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025',
};

describe('the wording of revocations and corrections', () => {
  it('writes the number with a leading zero below 10 (ND 30/2020 Phụ lục I, ô 3)', () => {
    expect(decisionNumberText(7, 'QĐ-SVHTTDL')).toBe('07/QĐ-SVHTTDL');
    expect(decisionNumberText(112, 'QĐ-SVHTTDL')).toBe('112/QĐ-SVHTTDL');
  });

  it('writes the date in full, with a leading zero for days below 10 and months 1 and 2 only (ô 4)', () => {
    expect(dateInWords('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(dateInWords('2026-03-15')).toBe('ngày 15 tháng 3 năm 2026');
    expect(dateInWords('2026-02-28')).toBe('ngày 28 tháng 02 năm 2026');
    expect(dateInWords('2026-12-09')).toBe('ngày 09 tháng 12 năm 2026');
  });

  it('drafts the abstract of a revocation of the whole decision, or of part of it (Law 2022 Chapter VII)', () => {
    expect(revocationAbstract(original, false)).toBe(
      'Về việc thu hồi Quyết định số 07/QĐ-SVHTTDL ngày 05 tháng 01 năm 2026 về việc tặng danh hiệu “Lao động tiên tiến” năm 2025',
    );
    expect(revocationAbstract(original, true)).toMatch(/^Về việc thu hồi một phần Quyết định số 07\/QĐ-SVHTTDL/u);
  });

  it('drafts the abstract of a correction', () => {
    expect(correctionAbstract({ ...original, abstract: 'Về việc tặng Giấy khen' })).toBe(
      'Về việc đính chính Quyết định số 07/QĐ-SVHTTDL ngày 05 tháng 01 năm 2026 về việc tặng Giấy khen',
    );
  });

  it('says on the revoked award record which decision revoked it, and why', () => {
    expect(revokedReasonText({ number: 3, symbol: 'QĐ-SVHTTDL', signedOn: '2026-02-10' }, 'Hồ sơ không trung thực')).toBe(
      'Thu hồi tại Quyết định số 03/QĐ-SVHTTDL ngày 10/02/2026: Hồ sơ không trung thực',
    );
    expect(revokedReasonText({ number: '03/QĐ-SVHTTDL', signedOn: '2026-02-10' }, null)).toBe(
      'Thu hồi tại Quyết định số 03/QĐ-SVHTTDL ngày 10/02/2026',
    );
    expect(revokedReasonText({ number: null, symbol: null, signedOn: null }, null)).toBe('Thu hồi theo quyết định thu hồi');
  });
});
