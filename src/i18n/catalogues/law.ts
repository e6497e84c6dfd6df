/**
 * The words of the law: names of awards, ratings and levels, the phrases that format facts, and the
 * sentences the eligibility criteria answer with (`reasons.<criterion kind>.<case>`, one per reason key
 * of `src/law/reasons.ts`; `{name}` is a param of the reason). Vietnamese first; the English beside it
 * must have the same keys (it does not compile otherwise). One legal term, one wording per language:
 * other catalogues reuse these objects instead of writing the term again.
 */

const COUNTING_NOTE_VI = 'chỉ tính danh hiệu đã có quyết định tặng, còn hiệu lực, không tính khen thưởng đột xuất, chuyên đề';
const COUNTING_NOTE_EN = 'only titles actually given and not revoked count; ad-hoc and thematic awards do not';

export const vi = {
  law: {
    awards: {
      LDTT: 'Lao động tiên tiến',
      CSTDCS: 'Chiến sĩ thi đua cơ sở',
      CSTD_TINH: 'Chiến sĩ thi đua cấp tỉnh',
      CSTD_TOAN_QUOC: 'Chiến sĩ thi đua toàn quốc',
      TTLDTT: 'Tập thể lao động tiên tiến',
      TTLDXS: 'Tập thể lao động xuất sắc',
      CO_THI_DUA_TINH: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
      GIAY_KHEN: 'Giấy khen',
      BANG_KHEN_TINH: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      BANG_KHEN_TTG: 'Bằng khen của Thủ tướng Chính phủ',
      HCLD_HANG_BA: 'Huân chương Lao động hạng Ba',
    },
    /** Short forms used in sentences, as emulation officers write them. */
    awardsShort: {
      LDTT: 'LĐTT',
      CSTDCS: 'CSTĐCS',
      CSTD_TINH: 'CSTĐ cấp tỉnh',
      CSTD_TOAN_QUOC: 'CSTĐ toàn quốc',
      TTLDTT: 'TTLĐTT',
      TTLDXS: 'TTLĐXS',
      CO_THI_DUA_TINH: 'Cờ thi đua của UBND tỉnh',
      GIAY_KHEN: 'Giấy khen',
      BANG_KHEN_TINH: 'Bằng khen của Chủ tịch UBND tỉnh',
      BANG_KHEN_TTG: 'Bằng khen của Thủ tướng Chính phủ',
      HCLD_HANG_BA: 'Huân chương Lao động hạng Ba',
    },
    ratings: {
      excellent: 'Hoàn thành xuất sắc nhiệm vụ',
      good: 'Hoàn thành tốt nhiệm vụ',
      completed: 'Hoàn thành nhiệm vụ',
      not_completed: 'Không hoàn thành nhiệm vụ',
    },
    /**
     * `demotion` is the third step of the scale: hạ bậc lương for a civil servant without a leading
     * post, giáng chức for one with it (Luật Cán bộ, công chức, Điều 79; Nghị định 112/2020/NĐ-CP,
     * Điều 8 — both dropped by Nghị định 172/2025/NĐ-CP from 1/7/2025, but earlier records keep them).
     */
    disciplineLevels: {
      reprimand: 'Khiển trách',
      warning: 'Cảnh cáo',
      demotion: 'Giáng chức, hạ bậc lương',
      removal: 'Cách chức',
      dismissal: 'Buộc thôi việc',
    },
    initiativeLevels: { grassroots: 'Cấp cơ sở', provincial: 'Cấp tỉnh', national: 'Toàn quốc' },
    /** What a person must confirm (`needs_confirmation`), one entry per statement of `src/law/statements.ts`. */
    statements: {
      solidarity_and_participation: 'có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua',
      emulation_movement_and_unity:
        'có phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, chấp hành tốt chủ trương, ' +
        'chính sách của Đảng, pháp luật của Nhà nước',
      exemplary_law_abiding: 'gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước',
      internal_unity: 'nội bộ đoàn kết',
      recognised_achievement:
        'có thành tích được công nhận trong phong trào thi đua, hoặc thành tích đột xuất có phạm vi ảnh hưởng ' + 'trong cơ quan, đơn vị',
      leads_emulation_cluster:
        'dẫn đầu cụm, khối thi đua do tỉnh tổ chức, hoàn thành vượt mức các chỉ tiêu thi đua, là điển hình tiêu biểu của tỉnh',
      democracy_welfare_thrift:
        'thực hiện tốt dân chủ ở cơ sở, chăm lo đời sống cán bộ, thực hành tiết kiệm, phòng, chống tham nhũng, lãng phí',
      no_administrative_sanction: 'không bị xử phạt vi phạm hành chính trong năm',
    },
    /** How facts are written inside a sentence. */
    phrases: {
      noYear: 'không có năm nào',
      or: ' hoặc ',
      ratingOrBetter: 'từ {rating} trở lên',
      levelOrHigher: 'từ {level} trở lên',
      period: 'từ {from} đến {to}',
      openPeriod: 'từ {from} đến nay',
    },
    reasons: {
      any_of: {
        met: 'Đạt: {option}',
        none_met: 'Chưa đạt điều kiện nào trong các điều kiện thay thế: {options}',
      },
      rating_at_least: {
        no_rating: 'Chưa có kết quả xếp loại năm {year} (yêu cầu {minimum})',
        rated: 'Xếp loại năm {year}: {rating}',
        below: 'Xếp loại năm {year}: {rating} (yêu cầu {minimum})',
      },
      consecutive_ratings: {
        met: 'Cần {count} năm liên tục {minimum}: đạt {present}',
        met_or_title: 'Cần {count} năm liên tục {minimum} hoặc được tặng {title}: đạt {present}',
        missing: 'Cần {count} năm liên tục {minimum}: đạt {present}; thiếu {missing}',
        missing_or_title: 'Cần {count} năm liên tục {minimum} hoặc được tặng {title}: đạt {present}; thiếu {missing}',
      },
      title_chain: {
        met: `Cần {length} năm liên tục được tặng {award}, kết thúc năm {ends}: có {present}{notes} (${COUNTING_NOTE_VI})`,
        missing: `Cần {length} năm liên tục được tặng {award}, kết thúc năm {ends}: có {present}; thiếu {missing}{notes} (${COUNTING_NOTE_VI})`,
        excluded_by_discipline: 'năm {years} không được tính do kỷ luật',
      },
      holds_award: {
        none: `Chưa được tặng {award} (${COUNTING_NOTE_VI})`,
        held: 'Đã được tặng {award} năm {year}',
      },
      meets_award_in_year: {
        recorded: 'Đã được tặng {award} năm {year}',
        meets_in_round: 'Đạt tiêu chuẩn {award} năm {year} (xét trong cùng đợt)',
        not_met: 'Chưa đạt {award} năm {year}: {failed}',
      },
      initiative_at_level: {
        none_in_year: 'Chưa có sáng kiến được công nhận {minimum} trong năm {year}',
        none_in_years: 'Chưa có sáng kiến được công nhận {minimum} trong các năm {from}–{to}',
        found: 'Có sáng kiến được công nhận: {initiatives}',
        initiative: '{level} năm {year}',
      },
      rating_run_with_initiatives: {
        summary:
          'Xếp loại {minimum} liên tục đến năm {year}: {run} ({runLength} năm, cần ít nhất {minYears}); ' +
          'sáng kiến {initiativeMinimum} trong thời gian đó: {initiatives} (cần {required})',
      },
      rating_run_with_titles: {
        summary:
          'Xếp loại {minimum} liên tục đến năm {year}: {run} ({runLength} năm, cần ít nhất {minYears}), ' +
          'trong đó được tặng {title} {titleCount} năm: {titleYears} (cần {required}){notes}',
        counted_after: 'chỉ tính các năm sau năm được tặng {award} ({year})',
      },
      members: { none: 'Tập thể chưa có danh sách thành viên' },
      members_ratio_meeting: {
        share: '{count}/{total} thành viên ({share}) đạt {award} năm {year}; cần từ {minimum} trở lên',
      },
      no_member_discipline_at_least: {
        none: 'Không có thành viên bị kỷ luật từ mức {minimum} trở lên trong năm {year}',
        found: 'Có thành viên bị kỷ luật từ mức {minimum} trở lên trong năm {year}: {members}',
        member: '{name} ({level} {period})',
      },
      all_members_rating_at_least: {
        all: 'Tất cả {count} thành viên được xếp loại {minimum} năm {year}',
        failing: 'Thành viên chưa được xếp loại {minimum} năm {year}: {members}',
        member_rated: '{name} ({rating})',
        member_unrated: '{name} (chưa có xếp loại)',
      },
      at_least_one_member_with: {
        none: 'Chưa có thành viên nào đạt {award} năm {year}',
        found: 'Có {count} thành viên đạt {award} năm {year}: {names}',
      },
      needs_confirmation: { pending: 'Cần người có thẩm quyền xác nhận: {statements}' },
      no_freeze: {
        clear: 'Không có kỷ luật hoặc xem xét đang treo trong năm {year}',
        frozen: 'Đang tạm dừng xét khen thưởng: {freezes}',
        freeze: '{reason} ({period})',
      },
      no_discipline_in_year: {
        clear: 'Không bị kỷ luật trong năm {year}',
        disciplined: 'Bị kỷ luật {disciplines}; thành tích chỉ được tính từ sau khi hết thời hạn kỷ luật',
        discipline: '{level} {period}',
      },
      discipline_withheld: {
        withheld: '(chi tiết kỷ luật là dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP, không hiển thị với vai trò của bạn)',
      },
      not_already_awarded: {
        already: 'Đã được tặng {award} năm {year}; không khen thưởng hai lần cho cùng một thành tích',
        clear: 'Chưa được tặng {award} năm {year}',
      },
      registration: {
        registered: 'Đã đăng ký {award} năm {year} ({campaigns})',
        not_registered: 'Chưa đăng ký {award} trong phong trào thi đua nào của năm {year}',
      },
    },
  },
};

export const en: typeof vi = {
  law: {
    awards: {
      LDTT: 'Advanced Worker',
      CSTDCS: 'Grassroots Emulation Fighter',
      CSTD_TINH: 'Provincial Emulation Fighter',
      CSTD_TOAN_QUOC: 'National Emulation Fighter',
      TTLDTT: 'Advanced Collective',
      TTLDXS: 'Excellent Collective',
      CO_THI_DUA_TINH: 'Emulation Flag of the Provincial People’s Committee',
      GIAY_KHEN: 'Certificate of Merit',
      BANG_KHEN_TINH: 'Certificate of Merit of the Chairman of the Provincial People’s Committee',
      BANG_KHEN_TTG: 'Certificate of Merit of the Prime Minister',
      HCLD_HANG_BA: 'Third-class Labour Order',
    },
    awardsShort: {
      LDTT: 'Advanced Worker',
      CSTDCS: 'Grassroots Emulation Fighter',
      CSTD_TINH: 'Provincial Emulation Fighter',
      CSTD_TOAN_QUOC: 'National Emulation Fighter',
      TTLDTT: 'Advanced Collective',
      TTLDXS: 'Excellent Collective',
      CO_THI_DUA_TINH: 'Provincial Emulation Flag',
      GIAY_KHEN: 'Certificate of Merit',
      BANG_KHEN_TINH: 'Provincial Certificate of Merit',
      BANG_KHEN_TTG: 'Prime Minister’s Certificate of Merit',
      HCLD_HANG_BA: 'Third-class Labour Order',
    },
    ratings: {
      excellent: 'Excellent task completion',
      good: 'Good task completion',
      completed: 'Task completed',
      not_completed: 'Task not completed',
    },
    disciplineLevels: {
      reprimand: 'Reprimand',
      warning: 'Warning',
      demotion: 'Demotion or salary grade reduction',
      removal: 'Removal from office',
      dismissal: 'Dismissal',
    },
    initiativeLevels: { grassroots: 'Grassroots', provincial: 'Provincial', national: 'National' },
    statements: {
      solidarity_and_participation: 'self-reliant; united and mutually supportive; takes an active part in emulation movements',
      emulation_movement_and_unity:
        'runs regular, practical and effective emulation movements; internally united; complies with the Party’s ' +
        'guidelines and policies and the State’s laws',
      exemplary_law_abiding: 'exemplary in complying with the Party’s guidelines and policies and the State’s laws',
      internal_unity: 'internally united',
      recognised_achievement: 'has achievements recognised in an emulation movement, or ad-hoc achievements with an impact within the body',
      leads_emulation_cluster:
        'leads its emulation cluster or bloc organised by the province, exceeds the emulation targets, and is a model for the province',
      democracy_welfare_thrift:
        'practises grassroots democracy, looks after its staff’s well-being, practises thrift, and fights corruption and waste',
      no_administrative_sanction: 'no administrative sanction during the year',
    },
    phrases: {
      noYear: 'no year',
      or: ' or ',
      ratingOrBetter: '{rating} or better',
      levelOrHigher: '{level} or higher',
      period: 'from {from} to {to}',
      openPeriod: 'since {from}',
    },
    reasons: {
      any_of: {
        met: 'Met: {option}',
        none_met: 'None of the alternatives is met: {options}',
      },
      rating_at_least: {
        no_rating: 'No rating recorded for {year} ({minimum} required)',
        rated: 'Rating for {year}: {rating}',
        below: 'Rating for {year}: {rating} ({minimum} required)',
      },
      consecutive_ratings: {
        met: 'Needs {count} consecutive years of {minimum}: met in {present}',
        met_or_title: 'Needs {count} consecutive years of {minimum} or of {title}: met in {present}',
        missing: 'Needs {count} consecutive years of {minimum}: met in {present}; missing {missing}',
        missing_or_title: 'Needs {count} consecutive years of {minimum} or of {title}: met in {present}; missing {missing}',
      },
      title_chain: {
        met: `Needs {length} consecutive years of {award}, ending in {ends}: held in {present}{notes} (${COUNTING_NOTE_EN})`,
        missing: `Needs {length} consecutive years of {award}, ending in {ends}: held in {present}; missing {missing}{notes} (${COUNTING_NOTE_EN})`,
        excluded_by_discipline: '{years} not counted because of discipline',
      },
      holds_award: {
        none: `Has not received {award} (${COUNTING_NOTE_EN})`,
        held: 'Received {award} in {year}',
      },
      meets_award_in_year: {
        recorded: 'Received {award} for {year}',
        meets_in_round: 'Meets the criteria of {award} for {year} (decided in the same round)',
        not_met: 'Does not meet {award} for {year}: {failed}',
      },
      initiative_at_level: {
        none_in_year: 'No initiative recognised at {minimum} level in {year}',
        none_in_years: 'No initiative recognised at {minimum} level in {from}–{to}',
        found: 'Initiatives recognised: {initiatives}',
        initiative: '{level} in {year}',
      },
      rating_run_with_initiatives: {
        summary:
          'Rated {minimum} every year up to {year}: {run} ({runLength} years, at least {minYears} needed); ' +
          'initiatives at {initiativeMinimum} level in that time: {initiatives} ({required} needed)',
      },
      rating_run_with_titles: {
        summary:
          'Rated {minimum} every year up to {year}: {run} ({runLength} years, at least {minYears} needed), ' +
          'with {title} in {titleCount} of them: {titleYears} ({required} needed){notes}',
        counted_after: 'only the years after receiving {award} ({year}) count',
      },
      members: { none: 'The collective has no members on record' },
      members_ratio_meeting: {
        share: '{count}/{total} members ({share}) meet {award} for {year}; at least {minimum} needed',
      },
      no_member_discipline_at_least: {
        none: 'No member disciplined at {minimum} or above in {year}',
        found: 'Members disciplined at {minimum} or above in {year}: {members}',
        member: '{name} ({level} {period})',
      },
      all_members_rating_at_least: {
        all: 'All {count} members rated {minimum} for {year}',
        failing: 'Members not rated {minimum} for {year}: {members}',
        member_rated: '{name} ({rating})',
        member_unrated: '{name} (no rating)',
      },
      at_least_one_member_with: {
        none: 'No member meets {award} for {year}',
        found: '{count} member(s) meet {award} for {year}: {names}',
      },
      needs_confirmation: { pending: 'To be confirmed by a competent person: {statements}' },
      no_freeze: {
        clear: 'No discipline or review pending in {year}',
        frozen: 'Awards on hold: {freezes}',
        freeze: '{reason} ({period})',
      },
      no_discipline_in_year: {
        clear: 'Not disciplined in {year}',
        disciplined: 'Disciplined: {disciplines}; achievements count only after the discipline period ends',
        discipline: '{level} {period}',
      },
      discipline_withheld: {
        withheld: '(discipline details are personal data under Decree 13/2023/ND-CP, not shown to your role)',
      },
      not_already_awarded: {
        already: 'Already received {award} for {year}; the same achievement is not rewarded twice',
        clear: 'Has not received {award} for {year}',
      },
      registration: {
        registered: 'Registered for {award} in {year} ({campaigns})',
        not_registered: 'Not registered for {award} in any emulation campaign of {year}',
      },
    },
  },
};
