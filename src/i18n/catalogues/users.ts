/** Users and their access. Vietnamese first; the English beside it must have the same keys (it does not compile otherwise). */
export const vi = {
  users: {
    title: 'Người dùng',
    username: 'Tên đăng nhập',
    fullName: 'Họ và tên',
    password: 'Mật khẩu',
    roles: 'Vai trò',
    units: 'Giới hạn trong đơn vị',
    unitsHelp: 'Bỏ trống: được xem mọi đơn vị. Chọn đơn vị: chỉ đơn vị đó và các đơn vị trực thuộc.',
    active: 'Đang hoạt động',
    locale: 'Ngôn ngữ',
    new: 'Thêm người dùng',
    editTitle: 'Sửa người dùng',
    newPassword: 'Mật khẩu mới',
    newPasswordHelp: 'bỏ trống nếu không đổi',
    passwordTooShort: 'Mật khẩu cần ít nhất 8 ký tự.',
    localeVi: 'Tiếng Việt',
    localeEn: 'English',
  },
};

export const en: typeof vi = {
  users: {
    title: 'Users',
    username: 'Username',
    fullName: 'Full name',
    password: 'Password',
    roles: 'Roles',
    units: 'Limited to units',
    unitsHelp: 'Empty: sees every unit. Chosen units: only those and their sub-units.',
    active: 'Active',
    locale: 'Language',
    new: 'Add user',
    editTitle: 'Edit user',
    newPassword: 'New password',
    newPasswordHelp: 'leave empty to keep the current one',
    passwordTooShort: 'The password needs at least 8 characters.',
    localeVi: 'Tiếng Việt',
    localeEn: 'English',
  },
};
