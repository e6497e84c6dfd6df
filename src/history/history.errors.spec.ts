import { registerErrorStatuses } from '../common/errors/error-codes.js';
import { NotFound, OutOfScope } from '../common/errors/domain-error.js';
import { domainFieldErrors } from '../common/views/form.js';
import { toProblem } from '../common/http/problem.js';
import {
  AwardAlreadyRecorded,
  AwardAlreadyRevoked,
  DisciplineAlreadyRecorded,
  FreezeAlreadyRecorded,
  HISTORY_ERRORS,
  InitiativeAlreadyRecorded,
} from './history.errors.js';

const ART_5 = 'Không khen thưởng hai lần cho cùng một thành tích (Luật Thi đua, khen thưởng 2022, Điều 5).';

describe('history errors, as the pages and the API word them', () => {
  beforeAll(() => {
    registerErrorStatuses(HISTORY_ERRORS);
  });

  it('an award already recorded for the year (Law 06/2022 Art. 5): beside the year on the page, the same words on the API', () => {
    const staff = new AwardAlreadyRecorded('staff', 'CSTDCS', 'Chiến sĩ thi đua cơ sở', 2024);
    expect(domainFieldErrors(staff, 'vi')).toEqual({ year: `Cán bộ này đã được tặng “Chiến sĩ thi đua cơ sở” năm 2024. ${ART_5}` });
    expect(toProblem(staff, 'r', 'vi')).toMatchObject({
      statusCode: 409,
      code: 'AWARD_ALREADY_RECORDED',
      message: `Cán bộ này đã được tặng “Chiến sĩ thi đua cơ sở” năm 2024. ${ART_5}`,
      details: [{ field: 'year', constraint: 'duplicateAward', message: expect.stringContaining('Điều 5') }],
    });
    const unit = new AwardAlreadyRecorded('unit', 'TTLDTT', 'Tập thể lao động tiên tiến', 2024);
    expect(domainFieldErrors(unit, 'vi').year).toMatch(/^Tập thể này đã được tặng “Tập thể lao động tiên tiến” năm 2024/u);
    expect(domainFieldErrors(unit, 'en').year).toMatch(/^This collective already received "Tập thể lao động tiên tiến" for 2024.*Art\. 5/u);
  });

  it('an award already revoked names no field: the form shows it at its top', () => {
    expect(domainFieldErrors(new AwardAlreadyRevoked('2025-03-01'), 'vi')).toEqual({
      _form: 'Khen thưởng này đã bị thu hồi ngày 2025-03-01.',
    });
    expect(toProblem(new AwardAlreadyRevoked('2025-03-01'), 'r', 'en')).toMatchObject({
      statusCode: 409,
      message: 'This award was revoked on 2025-03-01.',
    });
  });

  it('initiatives, discipline and freezes already recorded: beside the field that repeats', () => {
    expect(domainFieldErrors(new InitiativeAlreadyRecorded('Thư viện số', 2024), 'vi')).toEqual({
      title: 'Sáng kiến “Thư viện số” năm 2024 đã được ghi nhận cho cán bộ này.',
    });
    expect(domainFieldErrors(new DisciplineAlreadyRecorded('2024-03-01'), 'vi')).toEqual({
      from: 'Hình thức kỷ luật này từ ngày 2024-03-01 đã được ghi nhận cho cán bộ này.',
    });
    expect(domainFieldErrors(new FreezeAlreadyRecorded('2025-01-01'), 'en')).toEqual({
      from: 'A hold with this reason from 2025-01-01 is already recorded.',
    });
  });

  it('a subject out of scope is shown on the form; not found and unexpected errors go to the error page', () => {
    expect(domainFieldErrors(new OutOfScope(), 'vi')).toEqual({ _form: 'Bản ghi này thuộc đơn vị nằm ngoài phạm vi bạn được phân công.' });
    expect(() => domainFieldErrors(new NotFound('award', 'x'), 'vi')).toThrow(NotFound);
    expect(() => domainFieldErrors(new Error('boom'), 'vi')).toThrow('boom');
  });
});
