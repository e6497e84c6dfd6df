/** The unit tree. Vietnamese first; the English beside it must have the same keys (it does not compile otherwise). */
export const vi = {
  units: {
    title: 'Đơn vị',
    name: 'Tên đơn vị',
    code: 'Mã',
    parent: 'Đơn vị cấp trên',
    noParent: '— Không có (đơn vị gốc) —',
    new: 'Thêm đơn vị',
    editTitle: 'Sửa đơn vị',
    empty: 'Chưa có đơn vị nào.',
  },
};

export const en: typeof vi = {
  units: {
    title: 'Units',
    name: 'Name',
    code: 'Code',
    parent: 'Parent unit',
    noParent: '— None (top-level unit) —',
    new: 'Add unit',
    editTitle: 'Edit unit',
    empty: 'No units yet.',
  },
};
