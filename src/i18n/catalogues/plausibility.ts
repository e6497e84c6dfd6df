/**
 * Plausibility of what is entered (history and staff records) and the duplicate checks: each text
 * states the rule. `plausibility.<rule>` words a refusal (422) or a warning (saved, with the
 * warning). Vietnamese first; the English beside it must have the same keys.
 */
export const vi = {
  plausibility: {
    // Refusals: impossible.
    yearAfterRound:
      'Năm {year} chưa thể có: năm xét thi đua, khen thưởng hiện tại là {roundYear} (từ 01/10 là năm hiện tại, trước đó là năm trước).',
    decisionBeforeReview:
      'Quyết định ngày {dateText} không thể khen thưởng cho năm {year}: việc xét cho năm {year} chỉ bắt đầu từ tháng 12 năm đó.',
    decisionInFuture: 'Ngày quyết định {dateText} ở tương lai (hôm nay là {todayText}).',
    birthInFuture: 'Ngày sinh {dateText} ở tương lai (hôm nay là {todayText}).',
    startInFuture: 'Ngày bắt đầu công tác {dateText} ở tương lai (hôm nay là {todayText}).',
    startBeforeAge15: 'Ngày bắt đầu công tác {dateText} khi chưa đủ 15 tuổi (sinh ngày {birthText}): người lao động phải từ đủ 15 tuổi.',
    // Warnings: unlikely, saved anyway.
    decisionBeforeYearEnd: 'Lưu ý: quyết định ngày {dateText} được ban hành trước khi năm {year} kết thúc. Hãy kiểm tra lại ngày và năm.',
    cstdcsWithoutLdtt:
      'Lưu ý: chưa có danh hiệu Lao động tiên tiến năm {year} của cán bộ này, trong khi Chiến sĩ thi đua cơ sở đòi hỏi đạt Lao động tiên tiến năm đó.',
    ageOver65: 'Lưu ý: theo ngày sinh {birthText}, cán bộ này đã {age} tuổi (trên 65). Hãy kiểm tra lại ngày sinh.',
    startBefore1950: 'Lưu ý: ngày bắt đầu công tác {dateText} trước năm 1950. Hãy kiểm tra lại.',
    samePerson:
      'Lưu ý: đã có cán bộ cùng họ tên và ngày sinh: {name}, mã {code}, sinh ngày {birthText}. Nếu là một người, hãy gộp hai hồ sơ.',
  },
  staffMerge: {
    action: 'Gộp hồ sơ trùng',
    title: 'Gộp hồ sơ trùng vào hồ sơ {code}',
    intro:
      'Khi một người có hai hồ sơ (mã gõ hai lần, nhập trùng), toàn bộ quá trình thi đua, khen thưởng của hồ sơ trùng được chuyển sang hồ sơ này. Hồ sơ trùng không bị xoá: nó được đánh dấu “đã gộp” và thôi được tính.',
    findLabel: 'Mã cán bộ của hồ sơ trùng',
    find: 'Tìm',
    candidates: 'Hồ sơ cùng họ tên và ngày sinh',
    noCandidates: 'Không có hồ sơ nào khác cùng họ tên và ngày sinh.',
    notFound: 'Không có cán bộ nào mã “{code}” trong phạm vi của bạn.',
    confirmTitle: 'Xác nhận gộp',
    keep: 'Giữ lại (hồ sơ này)',
    merge: 'Gộp vào và đánh dấu đã gộp',
    historyCount: 'Mục quá trình',
    confirm: 'Gộp hai hồ sơ',
    swap: 'Giữ hồ sơ kia thay vì hồ sơ này',
    done: 'Đã gộp hồ sơ {code} vào hồ sơ này.',
    mergedInto: 'Hồ sơ này đã được gộp vào hồ sơ',
  },
};

export const en: typeof vi = {
  plausibility: {
    yearAfterRound:
      'The year {year} cannot have records yet: the current round year is {roundYear} (from 1 October the current year, before it the previous one).',
    decisionBeforeReview:
      'A decision dated {dateText} cannot reward the year {year}: the review of {year} starts in December of that year at the earliest.',
    decisionInFuture: 'The decision date {dateText} is in the future (today is {todayText}).',
    birthInFuture: 'The date of birth {dateText} is in the future (today is {todayText}).',
    startInFuture: 'The work start date {dateText} is in the future (today is {todayText}).',
    startBeforeAge15: 'The work start date {dateText} is before the age of 15 (born {birthText}): workers must be at least 15.',
    decisionBeforeYearEnd: 'Note: the decision dated {dateText} was issued before the year {year} ended. Check the date and the year.',
    cstdcsWithoutLdtt:
      'Note: this person has no Advanced Worker (LĐTT) title for {year}, which the Grassroots Emulation Fighter title requires for the same year.',
    ageOver65: 'Note: born {birthText}, this person is {age} (over 65). Check the date of birth.',
    startBefore1950: 'Note: the work start date {dateText} is before 1950. Check it.',
    samePerson:
      'Note: a person with the same full name and date of birth exists: {name}, code {code}, born {birthText}. If they are one person, merge the two records.',
  },
  staffMerge: {
    action: 'Merge a duplicate record',
    title: 'Merge a duplicate into record {code}',
    intro:
      'When one person has two records (a code typed twice, a double entry), all the history of the duplicate moves to this record. The duplicate is not deleted: it is marked “merged” and no longer counts.',
    findLabel: 'Staff code of the duplicate',
    find: 'Find',
    candidates: 'Records with the same full name and date of birth',
    noCandidates: 'No other record has the same full name and date of birth.',
    notFound: 'No staff member with code “{code}” within your units.',
    confirmTitle: 'Confirm the merge',
    keep: 'Kept (this record)',
    merge: 'Merged in, then marked merged',
    historyCount: 'History entries',
    confirm: 'Merge the two records',
    swap: 'Keep the other record instead',
    done: 'Record {code} was merged into this one.',
    mergedInto: 'This record was merged into record',
  },
};
