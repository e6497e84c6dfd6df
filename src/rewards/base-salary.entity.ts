import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Mức lương cơ sở (VND/month) in force from `effectiveFrom` until the next row's date. */
@Entity({ name: 'base_salaries' })
export class BaseSalary {
  @PrimaryColumn({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ type: 'integer' })
  amount!: number;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: string;

  /** True while the source is unverified; shown as "chưa xác minh". */
  @Column({ name: 'to_confirm', type: 'boolean' })
  toConfirm!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
