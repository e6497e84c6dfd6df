/** The audit log. Vietnamese first; the English beside it must have the same keys (it does not compile otherwise). */
export const vi = {
  audit: {
    title: 'Nhật ký thay đổi',
    at: 'Thời điểm',
    actor: 'Người thực hiện',
    entity: 'Đối tượng',
    action: 'Thao tác',
    changes: 'Trước / sau',
    filterEntity: 'Loại đối tượng',
    filterId: 'Mã bản ghi',
    empty: 'Chưa có thay đổi nào.',
    changeCount: '{count} trường thay đổi',
  },
  auditActions: {
    create: 'Thêm mới',
    update: 'Sửa',
    'update-password': 'Đặt lại mật khẩu',
    import: 'Nhập từ tệp',
    revoke: 'Thu hồi',
    login: 'Đăng nhập',
    logout: 'Đăng xuất',
  },
};

export const en: typeof vi = {
  audit: {
    title: 'Audit log',
    at: 'When',
    actor: 'Who',
    entity: 'Record',
    action: 'Action',
    changes: 'Before / after',
    filterEntity: 'Record type',
    filterId: 'Record id',
    empty: 'No changes yet.',
    changeCount: '{count} fields changed',
  },
  auditActions: {
    create: 'Created',
    update: 'Changed',
    'update-password': 'Password reset',
    import: 'Imported',
    revoke: 'Revoked',
    login: 'Signed in',
    logout: 'Signed out',
  },
};
