import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type DisciplineLevel } from '../kernel/index.js';

/** Lightest first: khiển trách, cảnh cáo, giáng chức/hạ bậc, cách chức, buộc thôi việc. */

/** A disciplinary measure in force from `startsOn` to `endsOn` (null while running). */
@Entity({ name: 'disciplines' })
export class Discipline {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @Column({ type: 'varchar' })
  level!: DisciplineLevel;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}
