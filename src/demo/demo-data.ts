import { type Role } from '../kernel/index.js';
/**
 * The demo organisation: Thư viện tỉnh Vĩnh Phúc (the provincial library of Vĩnh Phúc) with its
 * departments, as described in the library's report of its 2023 planning conference
 * (../shared/seed/000_edccb0d15dc85fa6.txt), and the two bodies that sign its awards. People and
 * dates are invented; only the organisation's shape comes from the article.
 */

/** Every demo account uses this password. Demo only: never on a real database. */
export const DEMO_PASSWORD = 'demo-password';

export const DEMO_ROOT_UNIT_CODE = 'TVVP';

export interface DemoUnit {
  code: string;
  name: string;
  parentCode?: string;
}

export const DEMO_UNITS: DemoUnit[] = [
  { code: DEMO_ROOT_UNIT_CODE, name: 'Thư viện tỉnh Vĩnh Phúc' },
  { code: 'TVVP-HCTH', name: 'Phòng Hành chính – Tổng hợp', parentCode: DEMO_ROOT_UNIT_CODE },
  { code: 'TVVP-NV', name: 'Phòng Nghiệp vụ (Bổ sung – Xử lý tài liệu)', parentCode: DEMO_ROOT_UNIT_CODE },
  { code: 'TVVP-PVBD', name: 'Phòng Phục vụ bạn đọc', parentCode: DEMO_ROOT_UNIT_CODE },
  { code: 'TVVP-TTPT', name: 'Phòng Tuyên truyền & phong trào cơ sở', parentCode: DEMO_ROOT_UNIT_CODE },
  { code: 'TVVP-TTTM', name: 'Phòng Thông tin – Thư mục', parentCode: DEMO_ROOT_UNIT_CODE },
  { code: 'TVVP-TH', name: 'Phòng Tin học và Thư viện số', parentCode: DEMO_ROOT_UNIT_CODE },
];

export interface DemoStaff {
  code: string;
  fullName: string;
  gender: 'male' | 'female';
  dateOfBirth: string;
  unitCode: string;
  position: string;
  startedOn: string;
  /** Set for someone who has left: marked, never deleted. */
  leftOn?: string;
}

type Row = [fullName: string, gender: 'm' | 'f', dateOfBirth: string, position: string, startedOn: string, leftOn?: string];

// The library's board (Ban Giám đốc) sits in the library itself; everyone else in a department.
const BY_UNIT: Record<string, Row[]> = {
  [DEMO_ROOT_UNIT_CODE]: [
    ['Nguyễn Thị Thanh Huyền', 'f', '1972-03-18', 'Giám đốc', '1995-09-01'],
    ['Trần Văn Dũng', 'm', '1975-11-02', 'Phó Giám đốc', '1998-03-01'],
    ['Lê Thị Minh Nguyệt', 'f', '1978-06-25', 'Phó Giám đốc', '2001-08-15'],
  ],
  'TVVP-HCTH': [
    ['Phạm Văn Hùng', 'm', '1970-01-09', 'Trưởng phòng', '1993-10-01'],
    ['Bùi Thị Hạnh', 'f', '1982-04-30', 'Phó Trưởng phòng', '2006-02-01'],
    ['Đỗ Thị Lan', 'f', '1983-09-12', 'Kế toán', '2007-07-01'],
    ['Nguyễn Thị Hồng Nhung', 'f', '1990-12-05', 'Văn thư', '2013-04-01'],
    ['Vũ Thị Thủy', 'f', '1986-02-14', 'Thủ quỹ', '2010-09-01'],
    ['Hoàng Văn Tuấn', 'm', '1980-07-21', 'Nhân viên lái xe', '2005-01-10'],
  ],
  'TVVP-NV': [
    ['Ngô Thị Thu Trang', 'f', '1976-08-08', 'Trưởng phòng', '1999-09-01'],
    ['Đặng Văn Khánh', 'm', '1984-05-17', 'Phó Trưởng phòng', '2008-03-01'],
    ['Trịnh Thị Hương', 'f', '1988-10-03', 'Thư viện viên', '2011-06-01'],
    ['Lưu Thị Mai Anh', 'f', '1992-01-27', 'Thư viện viên', '2015-09-01'],
    ['Phan Văn Long', 'm', '1991-03-11', 'Thư viện viên', '2014-02-15'],
    ['Nguyễn Thị Ánh', 'f', '1995-06-19', 'Thư viện viên', '2018-10-01'],
  ],
  'TVVP-PVBD': [
    ['Trần Thị Bích Ngọc', 'f', '1977-02-22', 'Trưởng phòng', '2000-09-01'],
    ['Nguyễn Văn Thắng', 'm', '1983-08-30', 'Phó Trưởng phòng', '2007-04-01'],
    ['Lê Thị Hoa', 'f', '1987-11-11', 'Thư viện viên', '2010-02-01'],
    ['Đào Thị Phương', 'f', '1990-04-04', 'Thư viện viên', '2013-09-01'],
    ['Kiều Văn Hải', 'm', '1989-09-29', 'Thư viện viên', '2012-06-01'],
    ['Nguyễn Thị Dung', 'f', '1993-07-07', 'Thư viện viên', '2016-03-01'],
    ['Phùng Thị Lý', 'f', '1996-12-15', 'Thư viện viên', '2019-10-01'],
    ['Tạ Văn Bình', 'm', '1985-01-20', 'Thư viện viên', '2009-05-01'],
    ['Nguyễn Văn Quý', 'm', '1963-05-10', 'Thư viện viên', '1986-09-01', '2023-05-31'],
  ],
  'TVVP-TTPT': [
    ['Hà Văn Sơn', 'm', '1974-10-16', 'Trưởng phòng', '1997-09-01'],
    ['Nguyễn Thị Thu Hà', 'f', '1981-03-03', 'Phó Trưởng phòng', '2004-08-01'],
    ['Dương Thị Yến', 'f', '1990-08-24', 'Thư viện viên', '2013-02-01'],
    ['Lê Văn Cường', 'm', '1988-02-08', 'Thư viện viên', '2011-09-01'],
    ['Trần Thị Quỳnh', 'f', '1994-11-30', 'Thư viện viên', '2017-06-01'],
    ['Khổng Văn Đức', 'm', '1992-06-13', 'Thư viện viên', '2015-03-01'],
  ],
  'TVVP-TTTM': [
    ['Vũ Thị Hằng', 'f', '1979-12-01', 'Trưởng phòng', '2002-09-01'],
    ['Nguyễn Văn Minh', 'm', '1986-05-05', 'Phó Trưởng phòng', '2009-10-01'],
    ['Đỗ Thị Thanh Tâm', 'f', '1991-09-09', 'Thư viện viên', '2014-09-01'],
    ['Lê Thị Huệ', 'f', '1989-03-26', 'Thư viện viên', '2012-03-01'],
    ['Phạm Thị Oanh', 'f', '1997-07-17', 'Thư viện viên', '2020-09-01'],
  ],
  'TVVP-TH': [
    ['Nguyễn Mạnh Cường', 'm', '1980-09-18', 'Trưởng phòng', '2004-02-01'],
    ['Trần Quang Huy', 'm', '1987-04-12', 'Phó Trưởng phòng', '2010-09-01'],
    ['Lê Thị Ngọc Anh', 'f', '1993-02-02', 'Kỹ thuật viên tin học', '2016-09-01'],
    ['Hoàng Đức Thịnh', 'm', '1995-10-22', 'Kỹ thuật viên tin học', '2018-03-01'],
    ['Bùi Văn Toàn', 'm', '1990-01-31', 'Thư viện viên', '2013-10-01'],
    ['Nguyễn Thị Kim Oanh', 'f', '1998-08-06', 'Thư viện viên', '2021-06-01'],
  ],
};

export const DEMO_STAFF: DemoStaff[] = Object.entries(BY_UNIT)
  .flatMap(([unitCode, rows]) => rows.map((row) => ({ unitCode, row })))
  .map(({ unitCode, row: [fullName, gender, dateOfBirth, position, startedOn, leftOn] }, index) => ({
    code: `TVVP-${String(index + 1).padStart(3, '0')}`,
    fullName,
    gender: gender === 'm' ? 'male' : 'female',
    dateOfBirth,
    unitCode,
    position,
    startedOn,
    ...(leftOn ? { leftOn } : {}),
  }));

/** Which kind of body an issuer is: the department signs LĐTT, CSTĐCS, TTLĐTT and Giấy khen; the committee the rest. */
export type DemoIssuerRole = 'department' | 'committee';

export interface DemoIssuer {
  /** How the demo refers to it (successors, awards); not stored. */
  key: string;
  role: DemoIssuerRole;
  name: string;
  parentName?: string;
  symbol: string;
  place: string;
  signerTitle: string;
  signerName: string;
  /** The head's power as a sentence writes it (the decision's authority line and the list's reference). */
  authorityTitle: string;
  validFrom?: string;
  validTo?: string;
  successorKey?: string;
}

/** The day the merged province of Phú Thọ (with Vĩnh Phúc and Hòa Bình) took over (domain-rules §1.2). */
export const MERGER_DATE = '2025-07-01';
const LAST_DAY_BEFORE_MERGER = '2025-06-30';

/**
 * The bodies that sign the library's awards: the provincial Department of Culture, Sports and
 * Tourism (LĐTT, CSTĐCS, TTLĐTT, Giấy khen; Law 06/2022 Art. 80(1)) and the Provincial People's
 * Committee (TTLĐXS, Bằng khen). Vĩnh Phúc was merged into Phú Thọ from 1/7/2025: the Vĩnh Phúc bodies
 * sign until 30/6/2025 and name their Phú Thọ successors, which sign from 1/7/2025. Vĩnh Phúc was
 * re-established on 1/1/1997 (split from Vĩnh Phú); the department's own founding date is not
 * recorded. The article names Cao Thị Thu Hà as the department's deputy director; an issuer has a
 * single signer, the director, and the signers' names are invented.
 */
export const DEMO_ISSUERS: DemoIssuer[] = [
  {
    key: 'svhttdl-phu-tho',
    role: 'department',
    name: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    parentName: 'UBND TỈNH PHÚ THỌ',
    symbol: 'SVHTTDL',
    place: 'Phú Thọ',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Trần Minh Đức',
    authorityTitle: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch',
    validFrom: MERGER_DATE,
  },
  {
    key: 'ubnd-phu-tho',
    role: 'committee',
    name: 'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ',
    symbol: 'UBND',
    place: 'Phú Thọ',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Lê Văn Thành',
    authorityTitle: 'Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ',
    validFrom: MERGER_DATE,
  },
  {
    key: 'svhttdl-vinh-phuc',
    role: 'department',
    name: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    parentName: 'UBND TỈNH VĨNH PHÚC',
    symbol: 'SVHTTDL',
    place: 'Vĩnh Phúc',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Nguyễn Văn Hoàng',
    authorityTitle: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch',
    validTo: LAST_DAY_BEFORE_MERGER,
    successorKey: 'svhttdl-phu-tho',
  },
  {
    key: 'ubnd-vinh-phuc',
    role: 'committee',
    name: 'ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC',
    symbol: 'UBND',
    place: 'Vĩnh Phúc',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Đỗ Minh Quân',
    authorityTitle: 'Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Phúc',
    validFrom: '1997-01-01',
    validTo: LAST_DAY_BEFORE_MERGER,
    successorKey: 'ubnd-phu-tho',
  },
];

export interface DemoUser {
  username: string;
  fullName: string;
  roles: Role[];
  /** Units the user is limited to (with their sub-units); none: every unit. */
  unitCodes: string[];
  /** Issuers in whose name the user issues decisions (a records clerk's assignment). */
  issuerKeys?: string[];
  /** What the account is for, shown when the demo starts. */
  note: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'quantri',
    fullName: 'Quản trị viên (demo)',
    roles: ['admin'],
    unitCodes: [],
    note: 'everything, incl. units, issuers, users, audit',
  },
  {
    username: 'nhansu',
    fullName: 'Phạm Văn Hùng',
    roles: ['hr_officer'],
    unitCodes: [DEMO_ROOT_UNIT_CODE],
    note: 'HR officer of the whole library: staff, import',
  },
  {
    username: 'truongphong',
    fullName: 'Trần Thị Bích Ngọc',
    roles: ['manager'],
    unitCodes: ['TVVP-PVBD'],
    note: 'manager limited to Phòng Phục vụ bạn đọc',
  },
  { username: 'thuky', fullName: 'Bùi Thị Hạnh', roles: ['council_secretary'], unitCodes: [], note: 'secretary of the emulation council' },
  {
    username: 'vanthu',
    fullName: 'Đỗ Thị Thu Trang',
    roles: ['clerk'],
    unitCodes: [],
    issuerKeys: ['svhttdl-phu-tho'],
    note: 'records clerk (văn thư) of Sở VHTTDL Phú Thọ: numbers and issues its decisions',
  },
  { username: 'khach', fullName: 'Người xem (demo)', roles: ['viewer'], unitCodes: [], note: 'read only' },
];
