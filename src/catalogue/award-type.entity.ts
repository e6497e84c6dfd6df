import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, type ValueTransformer } from 'typeorm';
import type { AwardKind, AwardLevel, AwardSubject } from '../kernel/index.js';

/** node-postgres returns numeric as a string (to keep precision); coefficients have two decimals, safe as numbers. */
const numericAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One award the system knows; seeded by migration, extended by administrators, retired but never deleted. */
@Entity({ name: 'award_types' })
export class AwardType {
  @PrimaryColumn({ type: 'varchar' })
  code!: string;

  @Column({ type: 'varchar' })
  name!: string;

  @Column({ type: 'varchar' })
  kind!: AwardKind;

  @Column({ type: 'text', array: true })
  subjects!: AwardSubject[];

  @Column({ type: 'varchar' })
  level!: AwardLevel;

  @Column({ type: 'varchar' })
  authority!: string;

  @Column({ name: 'coefficient_individual', type: 'numeric', nullable: true, transformer: numericAsNumber })
  coefficientIndividual!: number | null;

  @Column({ name: 'coefficient_collective', type: 'numeric', nullable: true, transformer: numericAsNumber })
  coefficientCollective!: number | null;

  @Column({ name: 'coefficient_individual_verified', type: 'boolean', nullable: true })
  coefficientIndividualVerified!: boolean | null;

  @Column({ name: 'coefficient_collective_verified', type: 'boolean', nullable: true })
  coefficientCollectiveVerified!: boolean | null;

  @Column({ name: 'coefficient_note', type: 'text', nullable: true })
  coefficientNote!: string | null;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: string;

  /** The article that sets the money, shown next to an amount. */
  @Column({ name: 'money_basis', type: 'text', nullable: true })
  moneyBasis!: string | null;

  @Column({ name: 'has_certificate', type: 'boolean' })
  hasCertificate!: boolean;

  @Column({ name: 'is_local', type: 'boolean' })
  isLocal!: boolean;

  @Column({ name: 'retired_on', type: 'date', nullable: true })
  retiredOn!: string | null;

  @Column({ name: 'display_order', type: 'integer' })
  displayOrder!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
