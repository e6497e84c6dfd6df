import type { AwardRecordView, StaffHistory } from '../history/history.views.js';
import { emptyValues, entryErrors, submittedEntry } from './entry-forms.js';
import { timeline } from './staff-profile.views.js';

const award = (year: number, name: string, overrides: Partial<AwardRecordView> = {}): AwardRecordView => ({
  id: `${name}-${year}`,
  awardType: 'LDTT',
  awardName: name,
  kind: 'title',
  staffId: 's1',
  unitId: null,
  year,
  basis: 'regular',
  decisionNumber: null,
  decisionDate: null,
  issuerId: null,
  issuerName: null,
  source: 'entered',
  revoked: false,
  revokedAt: null,
  revokedReason: null,
  createdAt: new Date('2025-01-01'),
  deletedAt: null,
  deletedReason: null,
  ...overrides,
});

const history: StaffHistory = {
  staff: { id: 's1', code: 'CB1', fullName: 'Nguyễn Thị Lan', unitId: 'u1', unitName: 'Thư viện' },
  titles: [award(2024, 'Lao động tiên tiến')],
  commendations: [award(2022, 'Giấy khen', { kind: 'commendation', basis: 'ad_hoc' })],
  appraisals: [
    { id: 'a1', staffId: 's1', unitId: null, year: 2024, rating: 'excellent', deletedAt: null, deletedReason: null },
    { id: 'a2', staffId: 's1', unitId: null, year: 2023, rating: 'good', deletedAt: null, deletedReason: null },
  ],
  initiatives: [
    {
      id: 'i1',
      staffId: 's1',
      year: 2023,
      title: 'Số hoá địa chí',
      level: 'provincial',
      kind: 'initiative',
      deletedAt: null,
      deletedReason: null,
    },
  ],
  disciplines: [],
  freezes: [],
};

describe('the profile timeline', () => {
  it('has one row per year with any record, newest first, in the page’s language', () => {
    const rows = timeline(history, 'vi');
    expect(rows.map((row) => row.year)).toEqual([2024, 2023, 2022]);
    expect(rows[0]).toMatchObject({ rating: 'Hoàn thành xuất sắc nhiệm vụ', titles: [{ name: 'Lao động tiên tiến', basisLabel: null }] });
    expect(rows[1]).toMatchObject({
      rating: 'Hoàn thành tốt nhiệm vụ',
      initiatives: [{ title: 'Số hoá địa chí', label: 'Sáng kiến, cấp tỉnh' }],
    });
    // Ad-hoc and thematic awards say so: they do not count toward higher ones.
    expect(rows[2]).toMatchObject({ rating: null, commendations: [{ name: 'Giấy khen', basisLabel: 'Đột xuất' }] });
    expect(timeline(history, 'en')[0].rating).toBe('Excellent task completion');
  });
});

describe('the entry forms', () => {
  it('show what was typed in the refused form only, the others with their defaults', () => {
    const values = submittedEntry('appraisal', { year: '2023', rating: 'good', _csrf: 'x' });
    expect(values.appraisal).toEqual({ year: '2023', rating: 'good' });
    expect(values.award).toEqual(emptyValues().award);
    expect(values.award.basis).toBe('regular');
  });

  it('prefix their errors by the form, a form-level one as <form>-form', () => {
    expect(entryErrors('award')({ year: 'Trùng', _form: 'Không được' })).toEqual({ 'award-year': 'Trùng', 'award-form': 'Không được' });
  });
});
