import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One change to one record: who, when, what it was before and after. Never updated or deleted. */
@Entity({ name: 'audit_log' })
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'varchar' })
  actorName!: string;

  /** Named as in the API paths: staff, units, issuers, users, … */
  @Column({ type: 'varchar' })
  entity!: string;

  @Column({ name: 'entity_id', type: 'varchar' })
  entityId!: string;

  @Column({ type: 'varchar' })
  action!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: object | null;

  @Column({ name: 'request_id', type: 'varchar', nullable: true })
  requestId!: string | null;
}
