import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { AwardBasis, AwardSubject } from '../kernel/index.js';

export const DECISION_KINDS = ['award', 'revocation', 'correction'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const DECISION_STATES = ['draft', 'issued'] as const;
export type DecisionState = (typeof DECISION_STATES)[number];

/** ND 30/2020 Phụ lục I: the authority prefix before the signer's title. */
export const SIGNER_PREFIXES = ['KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'] as const;
export type SignerPrefix = (typeof SIGNER_PREFIXES)[number];

/** How the attached list is ordered: by unit then rank (leaders first), or by Vietnamese name order. */
export const LINE_ORDERS = ['unit_rank', 'name'] as const;
export type LineOrder = (typeof LINE_ORDERS)[number];

const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * An award decision (quyết định khen thưởng), or a revocation or correction of one. A draft until
 * issued; issued, it is immutable (a database trigger refuses any change).
 */
@Entity({ name: 'decisions' })
export class Decision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', default: 'award' })
  kind!: DecisionKind;

  @Column({ type: 'varchar', default: 'draft' })
  state!: DecisionState;

  /** Optimistic lock: a PATCH names the version it read; a stale one is a 409. */
  @VersionColumn()
  version!: number;

  @Column({ name: 'issuer_id', type: 'uuid' })
  issuerId!: string;

  @Column({ name: 'award_type_code', type: 'varchar' })
  awardTypeCode!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'varchar' })
  subject!: AwardSubject;

  @Column({ type: 'varchar', default: 'regular' })
  basis!: AwardBasis;

  @Column({ name: 'planned_sign_on', type: 'date', nullable: true })
  plannedSignOn!: string | null;

  @Column({ name: 'signer_prefix', type: 'varchar', nullable: true })
  signerPrefix!: SignerPrefix | null;

  @Column({ name: 'signer_title', type: 'varchar' })
  signerTitle!: string;

  @Column({ name: 'signer_name', type: 'varchar' })
  signerName!: string;

  /** Trích yếu: "Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025". */
  @Column({ type: 'text' })
  abstract!: string;

  /** "Theo đề nghị của …" without the leading words. */
  @Column({ type: 'text', nullable: true })
  proposal!: string | null;

  /** The legal bases (căn cứ), one citation per item, in order. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  bases!: string[];

  /** Nơi nhận, in order; the last is "Lưu: VT, …". */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  recipients!: string[];

  @Column({ name: 'funding_source', type: 'text', nullable: true })
  fundingSource!: string | null;

  @Column({ name: 'line_order', type: 'varchar', default: 'unit_rank' })
  lineOrder!: LineOrder;

  /** For a revocation or correction: the issued decision it concerns. */
  @Column({ name: 'original_id', type: 'uuid', nullable: true })
  originalId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'integer', nullable: true })
  number!: number | null;

  /** The calendar year of the signing date, which the number series belongs to (ND 30/2020 Art. 15). */
  @Column({ name: 'number_year', type: 'smallint', nullable: true })
  numberYear!: number | null;

  /** "QĐ-SVHTTDL". */
  @Column({ type: 'varchar', nullable: true })
  symbol!: string | null;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn!: string | null;

  @Column({ name: 'base_salary', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  baseSalary!: number | null;

  @Column({ name: 'total_amount', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  totalAmount!: number | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;
}

export { bigintAsNumber };
