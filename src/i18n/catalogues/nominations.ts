/** Nominations (đề nghị khen thưởng): states, actions, the four-eyes conflicts. Vietnamese first; the English beside it has the same keys. */
export const vi = {
  nominations: {
    title: 'Đề nghị khen thưởng',
    states: {
      draft: 'Dự thảo',
      submitted: 'Đã trình',
      returned: 'Trả lại để sửa',
      approved: 'Lãnh đạo đơn vị đã duyệt',
      rejected: 'Không duyệt',
      on_agenda: 'Đưa ra Hội đồng xét',
      passed: 'Hội đồng thông qua',
      failed: 'Hội đồng không thông qua',
      posted: 'Đang công khai',
      proposed_upward: 'Đã trình cấp trên',
      decided: 'Đã có quyết định',
      withdrawn: 'Đã rút',
    },
    actions: {
      submit: 'trình',
      return: 'trả lại',
      approve: 'duyệt',
      reject: 'không duyệt',
      put_on_agenda: 'đưa ra Hội đồng',
      pass: 'ghi nhận Hội đồng thông qua',
      fail: 'ghi nhận Hội đồng không thông qua',
      post: 'công khai',
      propose_upward: 'trình cấp trên',
      decide: 'ghi nhận quyết định',
      withdraw: 'rút',
    },
    conflicts: {
      own_nomination: 'đây là đề nghị khen thưởng cho chính bạn',
      proposed_by_actor: 'bạn là người lập đề nghị',
      submitted_by_actor: 'bạn là người trình đề nghị',
    },
    rolesJoin: ' hoặc ',
    holdKinds: {
      objection: 'có ý kiến phản ánh khi công khai chưa được giải quyết',
    },
    fieldErrors: {
      staffIdsXorEligible:
        'Chọn danh sách cán bộ (staffIds), hoặc một đơn vị với “mọi người đủ điều kiện” (unitId và eligibleOnly), không chọn cả hai.',
    },
  },
};

export const en: typeof vi = {
  nominations: {
    title: 'Nominations',
    states: {
      draft: 'Draft',
      submitted: 'Submitted',
      returned: 'Returned for changes',
      approved: 'Approved by the unit’s manager',
      rejected: 'Rejected',
      on_agenda: 'On the council’s agenda',
      passed: 'Passed by the council',
      failed: 'Failed at the council',
      posted: 'Posted publicly',
      proposed_upward: 'Proposed upward',
      decided: 'Decided',
      withdrawn: 'Withdrawn',
    },
    actions: {
      submit: 'submit',
      return: 'return',
      approve: 'approve',
      reject: 'reject',
      put_on_agenda: 'put on the agenda',
      pass: 'record as passed',
      fail: 'record as failed',
      post: 'post',
      propose_upward: 'propose upward',
      decide: 'record as decided',
      withdraw: 'withdraw',
    },
    conflicts: {
      own_nomination: 'it is a nomination of yourself',
      proposed_by_actor: 'you proposed it',
      submitted_by_actor: 'you submitted it',
    },
    rolesJoin: ' or ',
    holdKinds: {
      objection: 'an objection raised at the public posting is unresolved',
    },
    fieldErrors: {
      staffIdsXorEligible: 'Give a list of staff (staffIds), or a unit with “everyone eligible” (unitId and eligibleOnly), not both.',
    },
  },
};
