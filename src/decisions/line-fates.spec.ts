import { fateNotes, type LineFate } from './line-fates.js';

const fate = (overrides: Partial<LineFate>): LineFate => ({
  lineId: 'l',
  fullName: 'Nguyễn Thị Hao',
  revokedBy: null,
  correctedBy: [],
  recoveries: [],
  ...overrides,
});
const recovery = (moneyRecovered: boolean, certificateRecovered: boolean) => ({
  id: 'r',
  recoveredOn: '2026-03-01',
  moneyRecovered,
  certificateRecovered,
  note: null,
  createdAt: new Date(),
});

describe('the notes of a line revoked or corrected later (the original stays readable, Law 2022 Chapter VII)', () => {
  it('names the correction and then the revocation, with number and date, in Vietnamese and in English', () => {
    const later = fate({
      correctedBy: [
        { id: 'c', number: '08/QĐ-SVHTTDL', signedOn: '2026-02-14', fullName: 'Nguyễn Thị Hảo', position: null, unitName: null },
      ],
      revokedBy: { id: 'r', number: '09/QĐ-SVHTTDL', signedOn: '2026-02-15' },
    });
    expect(fateNotes(later, 'vi')).toEqual([
      'Đính chính tại Quyết định số 08/QĐ-SVHTTDL ngày 14/02/2026',
      'Đã thu hồi tại Quyết định số 09/QĐ-SVHTTDL ngày 15/02/2026',
    ]);
    expect(fateNotes(later, 'en')).toEqual([
      'Corrected by decision 08/QĐ-SVHTTDL of 14/02/2026',
      'Revoked by decision 09/QĐ-SVHTTDL of 15/02/2026',
    ]);
  });

  it('words each recovery by what came back: money, certificate, both, or nothing yet', () => {
    const notes = fateNotes(
      fate({ recoveries: [recovery(true, false), recovery(false, true), recovery(true, true), recovery(false, false)] }),
      'vi',
    );
    expect(notes).toEqual([
      'Đã thu hồi tiền thưởng ngày 01/03/2026',
      'Đã thu hồi hiện vật ngày 01/03/2026',
      'Đã thu hồi tiền thưởng và hiện vật ngày 01/03/2026',
      'Ngày 01/03/2026: chưa thu hồi được tiền thưởng, hiện vật',
    ]);
    expect(fateNotes(fate({ recoveries: [recovery(true, false)] }), 'en')).toEqual(['Reward money recovered on 01/03/2026']);
  });
});
