/**
 * Words the documents of a dossier sent to the level that decides (domain-rules §4.1) from plain
 * data the upward feature gathers: the submission (tờ trình), the list proposed grouped by award,
 * and one achievement report per nomination. Every renderer prints what this returns.
 */
import { normalizeText } from '../common/text/vietnamese.js';
import type {
  AchievementReport,
  DossierDocuments,
  DossierHeading,
  DossierList,
  DossierListGroup,
  DossierSubmission,
} from './dossier-document.js';
import {
  awardPhrase,
  awardPhraseUpper,
  type AwardName,
  capitalisePersonName,
  dateInWords,
  DATE_BLANK,
  placeAndDate,
} from './text/index.js';

export type DossierSubject = 'individual' | 'collective';

export interface DossierPriorAward {
  year: number;
  award: AwardName;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuerName: string | null;
}

export interface DossierNomination {
  award: AwardName & { code: string };
  /** Awards are listed in this order (the catalogue's display order). */
  awardOrder: number;
  subject: DossierSubject;
  /** A person's name (capitalised here) or the collective's registered name. */
  name: string;
  position: string | null;
  /** The person's unit, or the unit above a collective. */
  unitName: string | null;
  dateOfBirth: string | null;
  gender: 'male' | 'female' | null;
  /** The achievements as the nomination states them (its text). */
  achievements: string;
  priorAwards: DossierPriorAward[];
  /** Vietnamese name order within a group (staff sort key), or the collective's name. */
  sortKey: string;
}

export interface DossierDocumentsInput {
  sender: {
    /** "Sở Văn hóa, Thể thao và Du lịch" (printed upper case in the heading; as written in the request). */
    name: string;
    parentName: string | null;
    /** The issuer's symbol ("SVHTTDL"), for "Số:      /TTr-SVHTTDL"; null: none. */
    symbol: string | null;
    /** "Phú Thọ"; null: left for the văn thư to write. */
    place: string | null;
    /** The head's title, "Giám đốc"; null: "Thủ trưởng đơn vị". */
    signerTitle: string | null;
    signerName: string | null;
  };
  /** "Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ". */
  addressee: string;
  /** The year the awards are for. */
  year: number;
  /** The year on the date lines, the day and month left blank for the văn thư (the documents are signed later). */
  draftYear: number;
  /** Each national legal basis without its "Căn cứ" and closing punctuation (the rulebook's). */
  bases: string[];
  nominations: DossierNomination[];
}

const upper = (text: string): string => normalizeText(text).toLocaleUpperCase('vi');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const roman = (index: number): string => ROMAN[index] ?? String(index + 1);
/** "02", "15": counts in the administrative style. */
const count = (value: number): string => String(value).padStart(2, '0');
const capitalFirst = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const VI_ORDER = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
/** Room left on a line for what the văn thư writes by hand. */
const PLACE_BLANK = '……';

/** "02 cá nhân và 01 tập thể", "03 cá nhân", "01 tập thể". */
function subjectsText(individuals: number, collectives: number): string {
  return [individuals > 0 ? `${count(individuals)} cá nhân` : null, collectives > 0 ? `${count(collectives)} tập thể` : null]
    .filter((part): part is string => part !== null)
    .join(' và ');
}

function dateText(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** The awards of the dossier, in the catalogue's order, each with its nominations in list order (collectives first, then names). */
function byAward(nominations: readonly DossierNomination[]): Array<{ award: DossierNomination['award']; items: DossierNomination[] }> {
  const groups = new Map<string, { award: DossierNomination['award']; order: number; items: DossierNomination[] }>();
  for (const nomination of nominations) {
    const group = groups.get(nomination.award.code) ?? { award: nomination.award, order: nomination.awardOrder, items: [] };
    group.items.push(nomination);
    groups.set(nomination.award.code, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || (a.award.code < b.award.code ? -1 : 1))
    .map(({ award, items }) => ({
      award,
      items: [...items].sort(
        (a, b) =>
          (a.subject === b.subject ? 0 : a.subject === 'collective' ? -1 : 1) ||
          (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : VI_ORDER.compare(a.name, b.name)),
      ),
    }));
}

/** "Về việc đề nghị tặng danh hiệu “A” và Bằng khen … năm 2025"; past three awards, "Về việc đề nghị khen thưởng năm 2025". */
function abstractOf(awards: readonly AwardName[], year: number): string {
  if (awards.length === 0 || awards.length > 3) {
    return `Về việc đề nghị khen thưởng năm ${year}`;
  }
  const phrases = awards.map(awardPhrase);
  const joined = phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(', ')} và ${phrases.at(-1)!}`;
  return `Về việc đề nghị tặng ${joined} năm ${year}`;
}

export function buildDossierDocuments(input: DossierDocumentsInput): DossierDocuments {
  const sender = input.sender;
  const symbol = sender.symbol ? `TTr-${normalizeText(sender.symbol).replace(/^TTr-/u, '')}` : 'TTr';
  const heading: DossierHeading = {
    parentName: sender.parentName ? upper(sender.parentName) : null,
    senderName: upper(sender.name),
    numberLine: `Số:${DATE_BLANK}/${symbol}`,
    placeAndDate: placeAndDate(sender.place ?? PLACE_BLANK, null, input.draftYear),
  };
  const groups = byAward(input.nominations);
  const addressee = normalizeText(input.addressee);
  const senderName = normalizeText(sender.name);
  const individuals = input.nominations.filter((nomination) => nomination.subject === 'individual').length;
  const collectives = input.nominations.length - individuals;

  const items = groups.map(({ award, items: nominated }, index) => {
    const people = nominated.filter((nomination) => nomination.subject === 'individual').length;
    const last = index === groups.length - 1;
    return `${index + 1}. ${capitalFirst(awardPhrase(award))}: ${subjectsText(people, nominated.length - people)}${last ? '.' : ';'}`;
  });
  const submission: DossierSubmission = {
    heading,
    abstract: abstractOf(
      groups.map((group) => group.award),
      input.year,
    ),
    addresseeLine: `Kính gửi: ${addressee}.`,
    bases: [
      ...input.bases.map((basis) => `Căn cứ ${normalizeText(basis)};`),
      `Căn cứ kết quả xét của Hội đồng Thi đua - Khen thưởng ${senderName};`,
    ],
    request: `${senderName} kính trình ${addressee} xem xét, khen thưởng cho ${subjectsText(individuals, collectives)} đã có thành tích trong năm ${input.year}, cụ thể như sau:`,
    items,
    closing: [
      '(Có danh sách, báo cáo thành tích và biên bản họp Hội đồng Thi đua - Khen thưởng kèm theo)',
      `Kính trình ${addressee} xem xét, quyết định./.`,
    ],
    recipients: ['- Như trên;', '- Lưu: VT.'],
    signer: { title: upper(sender.signerTitle ?? 'Thủ trưởng đơn vị'), name: sender.signerName ? normalizeText(sender.signerName) : '' },
  };

  const listGroups: DossierListGroup[] = groups.map(({ award, items: nominated }, index) => ({
    heading: `${roman(index)}. ${awardPhraseUpper(award)}`,
    rows: nominated.map((nomination, position) => ({
      ordinal: position + 1,
      name: nomination.subject === 'individual' ? capitalisePersonName(nomination.name) : normalizeText(nomination.name),
      positionAndUnit: [nomination.subject === 'individual' ? nomination.position : null, nomination.unitName]
        .filter((part): part is string => !!part && part.trim() !== '')
        .map(normalizeText)
        .join(', '),
      note: nomination.subject === 'collective' ? 'Tập thể' : '',
    })),
  }));
  const list: DossierList = {
    heading,
    title: `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM ${input.year}`,
    reference: `(Kèm theo Tờ trình số${DATE_BLANK}/${symbol} ${dateInWords(null, input.draftYear)} của ${senderName})`,
    columns: { ordinal: 'STT', name: 'Họ và tên (tên tập thể)', positionAndUnit: 'Chức vụ, đơn vị công tác', note: 'Ghi chú' },
    groups: listGroups,
    countLine: `Danh sách này có ${subjectsText(individuals, collectives) || '00 cá nhân'}./.`,
  };

  const reports: AchievementReport[] = groups
    .flatMap((group) => group.items)
    .map((nomination, index) => reportOf(nomination, heading, input.year, index === 0));
  return { submission, list, reports: { title: 'BÁO CÁO THÀNH TÍCH', reports } };
}

function reportOf(nomination: DossierNomination, heading: DossierHeading, year: number, first: boolean): AchievementReport {
  const person = nomination.subject === 'individual';
  const name = person ? capitalisePersonName(nomination.name) : normalizeText(nomination.name);
  const profile = person
    ? [
        `Họ và tên: ${name}`,
        `Ngày, tháng, năm sinh: ${nomination.dateOfBirth ? dateText(nomination.dateOfBirth) : PLACE_BLANK}`,
        `Giới tính: ${nomination.gender === 'female' ? 'Nữ' : nomination.gender === 'male' ? 'Nam' : PLACE_BLANK}`,
        `Chức vụ: ${nomination.position ? normalizeText(nomination.position) : PLACE_BLANK}`,
        `Đơn vị công tác: ${nomination.unitName ? normalizeText(nomination.unitName) : PLACE_BLANK}`,
      ]
    : [`Tên tập thể: ${name}`, `Đơn vị cấp trên: ${nomination.unitName ? normalizeText(nomination.unitName) : PLACE_BLANK}`];
  // One paragraph per line of the text as typed; within a line, white space as everywhere else.
  const achievements = nomination.achievements
    .split(/\r\n?|\n/u)
    .map((line) => normalizeText(line))
    .filter((line) => line !== '');
  const priorAwards =
    nomination.priorAwards.length === 0
      ? ['Chưa có hình thức khen thưởng nào được ghi nhận.']
      : [...nomination.priorAwards]
          .sort((a, b) => a.year - b.year || VI_ORDER.compare(a.award.name, b.award.name))
          .map((prior) => {
            const decision = [
              prior.decisionNumber ? `Quyết định số ${normalizeText(prior.decisionNumber)}` : null,
              prior.decisionDate ? dateInWords(prior.decisionDate) : null,
              prior.issuerName ? `của ${normalizeText(prior.issuerName)}` : null,
            ].filter((part): part is string => part !== null);
            return `- Năm ${prior.year}: ${awardPhrase(prior.award)}${decision.length > 0 ? ` (${decision.join(' ')})` : ''};`;
          });
  return {
    breakBefore: !first,
    heading,
    subtitle: `ĐỀ NGHỊ TẶNG ${awardPhraseUpper(nomination.award)} NĂM ${year}`,
    profileTitle: person ? 'I. SƠ LƯỢC LÝ LỊCH' : 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH',
    profile,
    achievements: achievements.length > 0 ? achievements : [PLACE_BLANK],
    priorAwards,
    confirmTitle: person ? 'XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ' : 'XÁC NHẬN CỦA CẤP TRÊN TRỰC TIẾP',
    reporterTitle: person ? 'NGƯỜI BÁO CÁO THÀNH TÍCH' : 'THỦ TRƯỞNG ĐƠN VỊ',
    reporterName: person ? name : '',
  };
}
