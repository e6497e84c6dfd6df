/**
 * Words a decision and its attached list (domain-rules §5.4, §5.5) from plain data: the decisions
 * feature gathers the data (from a draft for the preview, from an issued decision for the copy) and
 * every renderer prints what this returns, so the three outputs never word anything differently.
 */
import { normalizeText } from '../common/text/vietnamese.js';
import type { DecisionDocument, DecisionListGroup } from './decision-document.js';
import {
  amountInWords,
  awardPhrase,
  awardPhraseUpper,
  type AwardName,
  capitalisePersonName,
  dateInWords,
  formatCoefficient,
  formatNumber,
  numberLine,
  placeAndDate,
  yearOf,
  decisionNumber,
  blankDecisionNumber,
} from './text/index.js';

export type DecisionKind = 'award' | 'revocation' | 'correction';
export type DecisionSubject = 'individual' | 'collective';
export type SignerPrefix = 'KT.' | 'TM.' | 'TL.' | 'TUQ.' | 'Q.';

export interface DecisionDocumentLine {
  /** A person's name (capitalised here) or a collective's registered name (kept as written). */
  name: string;
  position: string | null;
  /** The unit at the time; lines are grouped under it, in the order given. */
  unitName: string | null;
  /** In đồng, or null when the line carries no money. */
  amount: number | null;
  note: string | null;
}

export interface DecisionDocumentInput {
  kind: DecisionKind;
  issuer: {
    /** "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" (printed upper case). */
    name: string;
    /** "UBND TỈNH VĨNH PHÚC", or null. */
    parentName: string | null;
    /** "SVHTTDL" (or "QĐ-SVHTTDL"). */
    symbol: string;
    /** "Vĩnh Phúc". */
    place: string;
    /** The head's power as the sentence writes it: "Giám đốc Sở Văn hóa, Thể thao và Du lịch". */
    authorityTitle: string;
    /** The head's title alone, for "KT. GIÁM ĐỐC": "Giám đốc". */
    headTitle: string;
  };
  award: AwardName;
  /** The year the award is for. */
  year: number;
  subject: DecisionSubject;
  /** For a revocation or a correction: the issued original. */
  original: { number: string; signedOn: string; authorityTitle: string } | null;
  /** The revocation's or correction's reason. */
  reason: string | null;
  /** null: `defaultAbstract` (or its revocation / correction counterpart). */
  abstract: string | null;
  /** Each legal basis without its closing punctuation: "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022". */
  bases: string[];
  /** "Theo đề nghị của Chánh Văn phòng Sở" (closing full stop added), or null. */
  proposal: string | null;
  /** Who carries out the decision, for Điều 3: "Chánh Văn phòng Sở, Thủ trưởng các đơn vị liên quan"; null: the latter. */
  executors: string | null;
  signer: { prefix: SignerPrefix | null; title: string; name: string };
  /** Recipients without the dash and closing punctuation: ["Như Điều 3", "Lưu: VT, VP"]. */
  recipients: string[];
  /** "quỹ thi đua, khen thưởng của Sở", or null (Điều 2 then names no source). */
  fundingSource: string | null;
  /** The number in the register, or null on a draft. */
  number: number | string | null;
  signedOn: string | null;
  /** The planned signing date of a draft: its year goes on the date line. */
  plannedSignOn: string | null;
  /** Coefficient (hệ số) × base salary (mức lương cơ sở), and the rounded amount of one line; null: no money. */
  coefficient: number | null;
  /** Kept with the input for the record; Điều 2 names the coefficient and the amount, as decisions do, not the base. */
  baseSalary: number | null;
  amountEach: number | null;
  /** Already in list order. */
  lines: DecisionDocumentLine[];
}

const SUBJECT_WORDS: Record<DecisionSubject, { noun: string; nounUpper: string }> = {
  individual: { noun: 'cá nhân', nounUpper: 'CÁ NHÂN' },
  collective: { noun: 'tập thể', nounUpper: 'TẬP THỂ' },
};

const upper = (text: string): string => normalizeText(text).toLocaleUpperCase('vi');

/** Text ending with exactly one `end` (";" or "."), whatever punctuation it was typed with. */
const endWith = (text: string, end: string): string => `${normalizeText(text).replace(/[\s.;,]+$/u, '')}${end}`;

/** The default abstract of an award decision: "Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025", "Về việc tặng Giấy khen năm 2025". */
export function defaultAbstract(award: AwardName, year: number): string {
  return `Về việc tặng ${awardPhrase(award)} năm ${year}`;
}

function originalReference(input: DecisionDocumentInput): string {
  const original = input.original;
  if (!original) {
    throw new RangeError(`A ${input.kind} decision needs its original`);
  }
  return `Quyết định số ${original.number} ${dateInWords(original.signedOn)} của ${normalizeText(original.authorityTitle)}`;
}

function abstractOf(input: DecisionDocumentInput): string {
  if (input.abstract !== null && normalizeText(input.abstract) !== '') {
    return normalizeText(input.abstract);
  }
  const award = `${awardPhrase(input.award)} năm ${input.year}`;
  switch (input.kind) {
    case 'award':
      return defaultAbstract(input.award, input.year);
    case 'revocation':
      return `Về việc thu hồi ${award}`;
    case 'correction':
      return `Về việc đính chính ${originalReference(input)}`;
  }
}

/** "Mỗi cá nhân được thưởng 0,3 lần mức lương cơ sở, là 710.000 đồng (…); tổng số tiền thưởng … đồng (…), từ …." */
function moneyArticle(input: DecisionDocumentInput, total: number, unpaid: number): string | null {
  if (input.coefficient === null || input.amountEach === null) {
    return null;
  }
  const noun = SUBJECT_WORDS[input.subject].noun;
  const each = `Mỗi ${noun} được thưởng ${formatCoefficient(input.coefficient)} lần mức lương cơ sở, là ${formatNumber(input.amountEach)} đồng (${amountInWords(input.amountEach)})`;
  // ND 152/2025 Art. 49(5): someone paid for a higher title of the same period gets no money here.
  const except = unpaid > 0 ? `, trừ ${unpaid} ${noun} ghi tại cột Ghi chú của danh sách kèm theo` : '';
  const source = input.fundingSource ? `, từ ${endWith(input.fundingSource, '')}` : '';
  return `${each}${except}; tổng số tiền thưởng ${formatNumber(total)} đồng (${amountInWords(total)})${source}.`;
}

function executionArticle(input: DecisionDocumentInput): string {
  const executors = input.executors ? endWith(input.executors, '') : 'Thủ trưởng các đơn vị liên quan';
  return `Quyết định có hiệu lực kể từ ngày ký. ${executors} và các ${SUBJECT_WORDS[input.subject].noun} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`;
}

function articleTexts(input: DecisionDocumentInput, total: number, unpaid: number): string[] {
  const count = `${input.lines.length} ${SUBJECT_WORDS[input.subject].noun}`;
  const units = [...new Set(input.lines.map((line) => line.unitName).filter((unit): unit is string => Boolean(unit)))];
  const ofUnit = input.subject === 'individual' && units.length === 1 ? ` thuộc ${normalizeText(units[0]!)}` : '';
  const award = `${awardPhrase(input.award)} năm ${input.year}`;
  const reason = input.reason ? ` Lý do: ${endWith(input.reason, '.')}` : '';
  switch (input.kind) {
    case 'award': {
      const money = moneyArticle(input, total, unpaid);
      return [`Tặng ${award} cho ${count}${ofUnit} (có danh sách kèm theo).`, ...(money ? [money] : []), executionArticle(input)];
    }
    case 'revocation':
      return [
        `Thu hồi ${award} đã tặng cho ${count} tại ${originalReference(input)} (có danh sách kèm theo).${reason}`,
        `Các ${SUBJECT_WORDS[input.subject].noun} có tên tại Điều 1 có trách nhiệm nộp lại hiện vật khen thưởng và số tiền thưởng đã nhận.`,
        executionArticle(input),
      ];
    case 'correction':
      return [
        `Đính chính ${originalReference(input)} đối với ${count} (có danh sách kèm theo).${reason}`,
        `Các nội dung khác của ${originalReference(input)} giữ nguyên giá trị.`,
        executionArticle(input),
      ];
  }
}

function listTitle(input: DecisionDocumentInput): string {
  const noun = SUBJECT_WORDS[input.subject].nounUpper;
  const award = `${awardPhraseUpper(input.award)} NĂM ${input.year}`;
  switch (input.kind) {
    case 'award':
      return `DANH SÁCH ${noun} ĐƯỢC TẶNG ${award}`;
    case 'revocation':
      return `DANH SÁCH ${noun} BỊ THU HỒI ${award}`;
    case 'correction':
      return `DANH SÁCH ${noun} ĐƯỢC ĐÍNH CHÍNH THÔNG TIN KHEN THƯỞNG ${award}`;
  }
}

function groupsOf(input: DecisionDocumentInput): DecisionListGroup[] {
  const groups: DecisionListGroup[] = [];
  // Units with several lines get a heading; a list all in one unit, or of collectives, gets none.
  const units = new Set(input.lines.map((line) => line.unitName ?? ''));
  const grouped = input.subject === 'individual' && units.size > 1;
  input.lines.forEach((line, index) => {
    const heading = grouped && line.unitName ? normalizeText(line.unitName) : null;
    let group = groups.at(-1);
    if (!group || group.heading !== heading) {
      group = { heading, rows: [] };
      groups.push(group);
    }
    const position = [line.position, line.unitName].filter((part): part is string => Boolean(part)).map(normalizeText);
    group.rows.push({
      ordinal: index + 1,
      name: input.subject === 'individual' ? capitalisePersonName(line.name) : normalizeText(line.name),
      positionAndUnit: position.join(', '),
      amount: line.amount === null ? '' : formatNumber(line.amount),
      note: line.note ? normalizeText(line.note) : '',
    });
  });
  return groups;
}

/** The whole decision and its list, worded; `input.lines` must already be in list order. */
export function buildDecisionDocument(input: DecisionDocumentInput): DecisionDocument {
  const draft = input.number === null || input.signedOn === null;
  const number = draft ? null : input.number;
  const signedOn = draft ? null : input.signedOn;
  const draftYear = input.plannedSignOn ? yearOf(input.plannedSignOn) : null;
  const paid = input.lines.filter((line) => line.amount !== null && line.amount > 0);
  const unpaid = input.lines.filter((line) => line.amount === 0).length;
  const total = paid.reduce((sum, line) => sum + (line.amount ?? 0), 0);
  const hasMoney = input.lines.some((line) => line.amount !== null);
  const numberText = number === null ? blankDecisionNumber(input.issuer.symbol) : decisionNumber(number, input.issuer.symbol);

  const bases = input.bases.map((basis, index) => endWith(basis, index === input.bases.length - 1 && input.proposal === null ? '.' : ';'));
  const recipients = input.recipients.map((item, index) =>
    endWith(`- ${normalizeText(item).replace(/^-\s*/u, '')}`, index === input.recipients.length - 1 ? '.' : ';'),
  );
  const prefixTarget = input.signer.prefix === 'TM.' ? input.issuer.name : input.issuer.headTitle;
  const texts = articleTexts(input, total, unpaid);

  return {
    draft,
    parentName: input.issuer.parentName ? upper(input.issuer.parentName) : null,
    issuerName: upper(input.issuer.name),
    numberLine: numberLine(number, input.issuer.symbol),
    placeAndDate: placeAndDate(input.issuer.place, signedOn, signedOn ? null : draftYear),
    abstract: abstractOf(input),
    authority: upper(input.issuer.authorityTitle),
    bases,
    proposal: input.proposal ? endWith(input.proposal, '.') : null,
    articles: texts.map((text, index) => ({ label: `Điều ${index + 1}.`, text })),
    recipients,
    signer: {
      prefixLine: input.signer.prefix ? `${input.signer.prefix} ${upper(prefixTarget)}` : null,
      title: upper(input.signer.title),
      name: capitalisePersonName(input.signer.name),
    },
    list: {
      title: listTitle(input),
      reference: `(Kèm theo Quyết định số ${numberText} ${dateInWords(signedOn, signedOn ? null : draftYear)} của ${normalizeText(input.issuer.authorityTitle)})`,
      columns: {
        ordinal: 'STT',
        name: input.subject === 'individual' ? 'Họ và tên' : 'Tên tập thể',
        positionAndUnit: input.subject === 'individual' ? 'Chức vụ, đơn vị công tác' : 'Trực thuộc',
        amount: 'Số tiền (đồng)',
        note: 'Ghi chú',
      },
      groups: groupsOf(input),
      totalLine: hasMoney && input.kind === 'award' ? `Tổng cộng: ${formatNumber(total)} đồng (${amountInWords(total)})` : null,
      countLine: `Danh sách này có ${input.lines.length} ${SUBJECT_WORDS[input.subject].noun}./.`,
    },
  };
}
