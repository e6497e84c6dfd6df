import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';
import { bigintAsNumber } from './decision.entity.js';

export const LINE_VERDICTS = ['eligible', 'ineligible', 'to_confirm', 'not_checked'] as const;
export type LineVerdict = (typeof LINE_VERDICTS)[number];

const numericAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One person or collective in a decision, with the snapshot the document prints. */
@Entity({ name: 'decision_lines' })
export class DecisionLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId!: string | null;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ name: 'full_name', type: 'varchar' })
  fullName!: string;

  @Column({ type: 'varchar', nullable: true })
  position!: string | null;

  @Column({ name: 'unit_name', type: 'varchar', nullable: true })
  unitName!: string | null;

  @Column({ name: 'unit_path', type: 'text', nullable: true })
  unitPath!: string | null;

  /** Leaders first (the rank table is data): 1 Giám đốc, 2 Phó Giám đốc, …, 99 staff. */
  @Column({ type: 'smallint', default: 99 })
  rank!: number;

  @Column({ name: 'sort_key', type: 'text' })
  sortKey!: string;

  @Column({ type: 'numeric', nullable: true, transformer: numericAsNumber })
  coefficient!: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  amount!: number | null;

  @Column({ name: 'amount_note', type: 'text', nullable: true })
  amountNote!: string | null;

  @Column({ type: 'varchar' })
  verdict!: LineVerdict;

  @Column({ name: 'verdict_reasons', type: 'jsonb', default: () => `'[]'` })
  verdictReasons!: string[];

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason!: string | null;

  @Column({ name: 'original_line_id', type: 'uuid', nullable: true })
  originalLineId!: string | null;

  @Column({ name: 'award_record_id', type: 'uuid', nullable: true })
  awardRecordId!: string | null;

  /** The nomination (đề nghị) this line came from, when it did: one line per nomination, ever. */
  @Column({ name: 'nomination_id', type: 'uuid', nullable: true })
  nominationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}
