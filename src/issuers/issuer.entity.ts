import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const NUMBERING_MODES = ['system', 'manual'] as const;
export type NumberingMode = (typeof NUMBERING_MODES)[number];

/** An issuer (cơ quan ban hành): the body in whose name award decisions are signed (ND 30/2020 Art. 8). */
@Entity({ name: 'issuers' })
export class Issuer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Upper case on the decision, e.g. "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH". */
  @Column({ type: 'varchar' })
  name!: string;

  /** The direct parent body (cơ quan chủ quản), e.g. "UBND TỈNH VĨNH PHÚC". */
  @Column({ name: 'parent_name', type: 'varchar', nullable: true })
  parentName!: string | null;

  /** Abbreviation used in decision numbers: "Số: 05/QĐ-SVHTTDL". */
  @Column({ type: 'varchar' })
  symbol!: string;

  /** Place name (địa danh) written before the date. */
  @Column({ type: 'varchar' })
  place!: string;

  @Column({ name: 'signer_title', type: 'varchar' })
  signerTitle!: string;

  @Column({ name: 'signer_name', type: 'varchar' })
  signerName!: string;

  /** First day the body issues decisions; null: not recorded (in force since before our records). */
  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  /** Last day the body issues decisions (a merger, a dissolution); null: still in force. */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  /** The body that took over its decisions, e.g. UBND tỉnh Phú Thọ for UBND tỉnh Vĩnh Phúc from 1/7/2025. */
  @Column({ name: 'successor_id', type: 'uuid', nullable: true })
  successorId!: string | null;

  /** 'system': the next number comes from the register kept here; 'manual': the văn thư types it from the issuer's own register. */
  @Column({ name: 'numbering_mode', type: 'varchar', default: 'system' })
  numberingMode!: NumberingMode;

  /** The issuing authority line over the bases, e.g. "GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"; null: built from the signer title and name. */
  @Column({ name: 'authority_title', type: 'varchar', nullable: true })
  authorityTitle!: string | null;

  /** The province's regulation on emulation, cited as a basis: "Quyết định số 86/2025/QĐ-UBND ngày … của Ủy ban nhân dân tỉnh …". */
  @Column({ name: 'regulation_basis', type: 'text', nullable: true })
  regulationBasis!: string | null;

  /** The issuer's founding decision (functions, tasks, organisation), cited as the last basis. */
  @Column({ name: 'founding_basis', type: 'text', nullable: true })
  foundingBasis!: string | null;

  /** The body's code in the electronic document exchange (edXML OrganId), e.g. "000.00.12.H63". */
  @Column({ name: 'organisation_id', type: 'varchar', nullable: true })
  organisationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
