import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Gender, StaffStatus } from '../kernel/index.js';

/** A staff member (cán bộ, công chức, viên chức, người lao động). Never deleted: leaving is a status. */
@Entity({ name: 'staff' })
export class StaffMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar' })
  code!: string;

  /** NFC, trimmed, single spaces: as written on decisions. */
  @Column({ name: 'full_name', type: 'varchar' })
  fullName!: string;

  @Column({ type: 'varchar' })
  gender!: Gender;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ type: 'varchar', nullable: true })
  position!: string | null;

  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ type: 'varchar', default: 'active' })
  status!: StaffStatus;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;

  /** See nameSortKey: given name first, letters before tones; compared byte-wise. */
  @Column({ name: 'sort_key', type: 'text', select: false })
  sortKey!: string;

  /** Name and code folded (no diacritics, lower case) for search. */
  @Column({ name: 'search_text', type: 'text', select: false })
  searchText!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
