import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { type Rating } from '../kernel/index.js';

/**
 * The yearly task-completion rating (xếp loại chất lượng: HTXS excellent, HTT good, HT completed,
 * KHT not_completed) of a staff member or a unit; one per subject and year.
 */
@Entity({ name: 'appraisals' })
export class Appraisal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId!: string | null;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'varchar' })
  rating!: Rating;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
