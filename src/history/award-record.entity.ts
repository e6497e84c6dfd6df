import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AwardBasis, AwardSource } from '../kernel/index.js';

/**
 * An award given to a staff member or to a unit (exactly one of the two). Never deleted: a wrong or
 * withdrawn award is revoked, with the reason, and stops counting.
 */
@Entity({ name: 'award_records' })
export class AwardRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'award_type_code', type: 'varchar' })
  awardTypeCode!: string;

  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId!: string | null;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'varchar', default: 'regular' })
  basis!: AwardBasis;

  @Column({ name: 'decision_number', type: 'varchar', nullable: true })
  decisionNumber!: string | null;

  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate!: string | null;

  /** The registered issuer that signed the decision, when known. */
  @Column({ name: 'issuer_id', type: 'uuid', nullable: true })
  issuerId!: string | null;

  @Column({ name: 'issuer_name', type: 'varchar', nullable: true })
  issuerName!: string | null;

  @Column({ type: 'varchar', default: 'entered' })
  source!: AwardSource;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason!: string | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}
