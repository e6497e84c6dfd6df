import {
  type CouncilDocument,
  type CouncilDocumentKind,
  type CouncilDocumentMember,
  type CouncilDocumentRow,
  dateInWords,
  DATE_BLANK,
  placeAndDate,
} from '../documents/index.js';
import type { SessionRow } from './councils.repository.js';
import type { BallotView, CouncilRole, CouncilSessionView, SessionMemberView } from './councils.types.js';

/**
 * The minutes (biên bản họp Hội đồng Thi đua – Khen thưởng) and the ballot tally (biên bản kiểm phiếu)
 * of a session, worded in Vietnamese for the documents engine. What they must say (issue 10, domain-rules
 * §2.9 and §4.1): the council, the date and place, the members present and absent, each nomination with
 * its award, the votes for, against, abstaining and in writing, the threshold counted on all members and
 * the result; the member count and the written votes are in the record (§2.9, open question).
 */

const ROLE_NAMES: Record<CouncilRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  vice_chair: 'Phó Chủ tịch Hội đồng',
  member: 'Ủy viên',
  secretary: 'Thư ký Hội đồng',
};

/** 27 of 30 as "90,0 %" (a no-break space before the sign: a narrow cell keeps them together), in integers, tenths rounded half up. */
export function percentText(count: number, of: number): string {
  const tenths = Math.floor((count * 1000 * 2 + of) / (of * 2));
  return `${Math.floor(tenths / 10)},${tenths % 10}\u00a0%`;
}

const shareText = (numerator: number, denominator: number): string =>
  denominator === 100 ? `${numerator} %` : `${numerator}/${denominator}`;

const unverified = (verified: boolean): string => (verified ? '' : ' (chưa xác minh)');

function membersOf(members: readonly SessionMemberView[]): CouncilDocumentMember[] {
  return members.map((member, index) => ({
    ordinal: String(index + 1),
    name: member.name,
    detail: member.position ? `${member.position} – ${ROLE_NAMES[member.role]}` : ROLE_NAMES[member.role],
  }));
}

function requiredText(ballot: BallotView, members: number): string {
  const outcome = ballot.outcome;
  if (outcome === null) {
    return '';
  }
  const rule =
    outcome.threshold.kind === 'percent_of_members' ? `${outcome.threshold.percent} % tổng số thành viên` : 'quá nửa tổng số thành viên';
  return `≥ ${outcome.required}/${members} (${rule})`;
}

function rowOf(ballot: BallotView, members: number, draft: boolean): CouncilDocumentRow {
  const outcome = ballot.outcome;
  const recused =
    ballot.recused.length === 0 ? '0' : `${ballot.recused.length} (${ballot.recused.map((member) => member.name).join(', ')})`;
  if (ballot.withdrawn || outcome === null) {
    return {
      ordinal: String(ballot.ordinal),
      subject: ballot.subjectName,
      unit: ballot.unitName,
      award: ballot.awardName,
      votesFor: '',
      votesAgainst: '',
      abstain: '',
      recused,
      share: '',
      required: requiredText(ballot, members),
      result: ballot.withdrawn ? 'Đã rút đề nghị' : draft ? '' : 'Chưa biểu quyết',
    };
  }
  const written = ballot.writtenFor ?? 0;
  const writtenAgainst = ballot.writtenAgainst ?? 0;
  return {
    ordinal: String(ballot.ordinal),
    subject: ballot.subjectName,
    unit: ballot.unitName,
    award: ballot.awardName,
    votesFor: written > 0 ? `${outcome.votesFor} (${ballot.for} + ${written} bằng văn bản)` : String(outcome.votesFor),
    votesAgainst:
      writtenAgainst > 0 ? `${outcome.votesAgainst} (${ballot.against} + ${writtenAgainst} bằng văn bản)` : String(outcome.votesAgainst),
    abstain: String(outcome.abstain),
    recused,
    share: `${outcome.votesFor}/${members} (${percentText(outcome.votesFor, members)})`,
    required: requiredText(ballot, members),
    result: (ballot.result ?? (outcome.passed ? 'passed' : 'failed')) === 'passed' ? 'Đạt' : 'Không đạt',
  };
}

/** One note per distinct threshold used, with its source, "chưa xác minh" where the setting is unverified. */
function thresholdNotes(ballots: readonly BallotView[], members: number): string[] {
  const notes = new Map<string, string>();
  for (const ballot of ballots) {
    const threshold = ballot.outcome?.threshold;
    if (threshold === undefined) {
      continue;
    }
    const key = `${ballot.awardName}|${threshold.kind}|${threshold.percent}`;
    const rule =
      threshold.kind === 'percent_of_members'
        ? `số phiếu đồng ý đạt từ ${threshold.percent} % tổng số thành viên Hội đồng trở lên (${ballot.outcome!.required}/${members}), theo ${threshold.source}${unverified(threshold.verified)}`
        : `số phiếu đồng ý quá nửa tổng số thành viên Hội đồng (${ballot.outcome!.required}/${members}); thiết lập không quy định ngưỡng riêng cho danh hiệu, hình thức này`;
    notes.set(key, `${ballot.awardName}: ${rule}.`);
  }
  return [
    'Tỷ lệ phiếu đồng ý (tại cuộc họp và bằng văn bản) tính trên tổng số thành viên Hội đồng, không tính trên số thành viên có mặt.',
    ...notes.values(),
  ];
}

/** Who signs: the secretary at left; at right the chair present, else the vice-chair who chaired. */
function signers(members: readonly SessionMemberView[]): CouncilDocument['signers'] {
  const present = members.filter((member) => member.present);
  const secretary = present.find((member) => member.role === 'secretary');
  const chair = present.find((member) => member.role === 'chair');
  const vice = present.find((member) => member.role === 'vice_chair');
  return {
    left: { title: 'THƯ KÝ HỘI ĐỒNG', name: secretary?.name ?? '' },
    right: chair || !vice ? { title: 'CHỦ TỊCH HỘI ĐỒNG', name: chair?.name ?? '' } : { title: 'PHÓ CHỦ TỊCH HỘI ĐỒNG', name: vice.name },
  };
}

/** The number line of the council's series: "Số: 03/BB-HĐTĐKT"; a draft leaves the number blank. */
export function councilNumberLine(number: string | null, symbol: string): string {
  return number === null ? `Số: ${DATE_BLANK.slice(1)}/BB-${symbol}` : `Số: ${number}`;
}

export function buildCouncilDocument(kind: CouncilDocumentKind, row: SessionRow, session: CouncilSessionView): CouncilDocument {
  const draft = session.state !== 'closed';
  const members = session.attendance.members;
  const { quorum, awards } = session.attendance;
  const present = session.members.filter((member) => member.present);
  const absent = session.members.filter((member) => !member.present);
  const date = dateInWords(session.heldOn);
  const considered = session.ballots.filter((ballot) => !ballot.withdrawn);
  const passed = considered.filter((ballot) => (ballot.result ?? (ballot.outcome?.passed ? 'passed' : null)) === 'passed').length;
  const failed = considered.length - passed;
  const year = session.heldOn.slice(0, 4);
  const chaired = signers(session.members).right;
  const paragraphs = [
    `Hôm nay, ${date}, tại ${session.place}, ${session.councilName} họp xét đề nghị khen thưởng.`,
    `Tổng số thành viên Hội đồng: ${members}; có mặt: ${present.length}; vắng mặt: ${absent.length}${
      absent.length > 0 ? ' (thành viên vắng mặt gửi ý kiến bằng văn bản theo từng đề nghị, nếu có)' : ''
    }.`,
    `Số thành viên có mặt ${present.length}/${members}: ${quorum.met ? 'đạt' : 'không đạt'} tỷ lệ tối thiểu ${shareText(
      quorum.numerator,
      quorum.denominator,
    )} tổng số thành viên để họp (cần ${quorum.required})${unverified(quorum.verified)}; ${
      awards.met ? 'đạt' : 'không đạt'
    } tỷ lệ tối thiểu ${shareText(awards.numerator, awards.denominator)} để xét khen thưởng (cần ${awards.required})${unverified(
      awards.verified,
    )}.`,
  ];
  if (chaired.name !== '') {
    paragraphs.push(
      `Chủ trì cuộc họp: ${chaired.name}, ${chaired.title === 'CHỦ TỊCH HỘI ĐỒNG' ? ROLE_NAMES.chair : ROLE_NAMES.vice_chair}.`,
    );
  }
  const tallyParagraphs = [
    `Hôm nay, ${date}, tại ${session.place}, tại phiên họp của ${session.councilName}, việc kiểm phiếu biểu quyết các đề nghị khen thưởng được tiến hành công khai.`,
    `Tổng số thành viên Hội đồng: ${members}; có mặt: ${present.length}; vắng mặt: ${absent.length}. Mỗi đề nghị, thành viên là người được đề nghị hoặc người lập, trình đề nghị không tham gia biểu quyết.`,
  ];
  const conclusion =
    kind === 'minutes'
      ? [
          `Hội đồng đã xét ${considered.length} đề nghị khen thưởng: ${passed} đề nghị đạt, ${failed} đề nghị không đạt theo kết quả biểu quyết trên.`,
          'Biên bản đã được thông qua tại cuộc họp./.',
        ]
      : [
          `Kết quả: ${passed} đề nghị đạt, ${failed} đề nghị không đạt. Kết quả kiểm phiếu được công bố tại phiên họp.`,
          'Biên bản kiểm phiếu được lập kèm theo biên bản họp Hội đồng./.',
        ];
  const number = kind === 'minutes' ? session.minutesNumber : session.tallyNumber;
  return {
    kind,
    draft,
    parentName: row.unitName.normalize('NFC').toLocaleUpperCase('vi'),
    bodyName: 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
    numberLine: councilNumberLine(number, row.councilSymbol),
    placeAndDate: row.councilLocality ? placeAndDate(row.councilLocality, session.heldOn) : capitalFirst(date),
    title: 'BIÊN BẢN',
    abstract:
      kind === 'minutes'
        ? `Họp ${session.councilName} xét khen thưởng năm ${year}`
        : `Kiểm phiếu biểu quyết xét khen thưởng tại phiên họp ${date}`,
    paragraphs: kind === 'minutes' ? paragraphs : tallyParagraphs,
    memberGroups:
      kind === 'minutes'
        ? [
            { heading: `Thành viên có mặt (${present.length}):`, members: membersOf(present) },
            { heading: `Thành viên vắng mặt (${absent.length}):`, members: membersOf(absent) },
          ].filter((group) => group.members.length > 0)
        : [],
    contentHeading:
      session.ballots.length === 0
        ? 'Phiên họp không xét đề nghị khen thưởng nào.'
        : kind === 'minutes'
          ? `Hội đồng xem xét ${session.ballots.length} đề nghị khen thưởng và biểu quyết bằng phiếu kín; kết quả như sau:`
          : 'Kết quả kiểm phiếu như sau:',
    columns: {
      ordinal: 'STT',
      subject: 'Cá nhân, tập thể được đề nghị',
      award: 'Danh hiệu, hình thức',
      votesFor: 'Đồng ý',
      votesAgainst: 'Không đồng ý',
      abstain: 'Không biểu quyết',
      share: 'Tỷ lệ đồng ý trên tổng số thành viên',
      result: 'Kết quả',
    },
    rows: session.ballots.map((ballot) => rowOf(ballot, members, draft)),
    notes: session.ballots.length === 0 ? [] : thresholdNotes(session.ballots, members),
    conclusion,
    signers: signers(session.members),
  };
}

const capitalFirst = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
