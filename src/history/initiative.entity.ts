import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type InitiativeLevel } from '../kernel/index.js';
import type { InitiativeKind } from '../kernel/index.js';

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
