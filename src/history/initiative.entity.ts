import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { InitiativeLevel } from '../eligibility/index.js';

/** An initiative (sáng kiến) or an accepted (nghiệm thu) science work. */
export type InitiativeKind = 'initiative' | 'science_work';

export const INITIATIVE_LEVELS: readonly InitiativeLevel[] = ['grassroots', 'provincial', 'national'];
export const INITIATIVE_KINDS: readonly InitiativeKind[] = ['initiative', 'science_work'];

/** Recognised in `year` at `level`; the same title is recorded once per staff member and year. */
@Entity({ name: 'initiatives' })
export class Initiative {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'varchar' })
  title!: string;

  @Column({ type: 'varchar' })
  level!: InitiativeLevel;

  @Column({ type: 'varchar', default: 'initiative' })
  kind!: InitiativeKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}
