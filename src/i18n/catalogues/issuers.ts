/** Issuers of decisions. Vietnamese first; the English beside it must have the same keys (it does not compile otherwise). */
export const vi = {
  issuers: {
    title: 'Cơ quan ban hành',
    name: 'Tên cơ quan',
    parentName: 'Cơ quan chủ quản',
    symbol: 'Ký hiệu viết tắt',
    place: 'Địa danh',
    signerTitle: 'Chức danh người ký',
    signerName: 'Họ tên người ký',
    new: 'Thêm cơ quan ban hành',
    editTitle: 'Sửa cơ quan ban hành',
    empty: 'Chưa có cơ quan ban hành nào.',
  },
};

export const en: typeof vi = {
  issuers: {
    title: 'Issuers',
    name: 'Name',
    parentName: 'Parent body',
    symbol: 'Symbol',
    place: 'Place name',
    signerTitle: 'Signer title',
    signerName: 'Signer name',
    new: 'Add issuer',
    editTitle: 'Edit issuer',
    empty: 'No issuers yet.',
  },
};
