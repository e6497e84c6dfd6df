import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { NotFound } from '../common/errors/domain-error.js';
import type { CreateIssuerDto } from './dto/create-issuer.dto.js';
import type { UpdateIssuerDto } from './dto/update-issuer.dto.js';
import { Issuer } from './issuer.entity.js';
import { IssuerSymbolTaken } from './issuers.errors.js';
import { type AuthUser } from '../kernel/index.js';

export type IssuerView = Omit<Issuer, 'createdAt' | 'updatedAt'>;

const toView = ({ createdAt: _c, updatedAt: _u, ...view }: Issuer): IssuerView => view;

@Injectable()
export class IssuersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateIssuerDto, actor: AuthUser): Promise<IssuerView> {
    return this.dataSource.transaction(async (manager) => {
      await lockNaturalKey(manager, 'issuers', 'symbol', dto.symbol);
      if (await manager.existsBy(Issuer, { symbol: dto.symbol })) {
        throw new IssuerSymbolTaken(dto.symbol);
      }
      const view = toView(await manager.save(Issuer, { ...dto, parentName: dto.parentName ?? null }));
      await this.audit.record(manager, actor, { entity: 'issuers', entityId: view.id, action: 'create', after: view });
      return view;
    });
  }

  async update(id: string, dto: UpdateIssuerDto, actor: AuthUser): Promise<IssuerView> {
    return this.dataSource.transaction(async (manager) => {
      if (dto.symbol !== undefined) {
        await lockNaturalKey(manager, 'issuers', 'symbol', dto.symbol);
      }
      const issuer = await manager.findOne(Issuer, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!issuer) {
        throw new NotFound('issuer', id);
      }
      if (dto.symbol !== undefined && dto.symbol !== issuer.symbol && (await manager.existsBy(Issuer, { symbol: dto.symbol }))) {
        throw new IssuerSymbolTaken(dto.symbol);
      }
      const before = toView(issuer);
      const after = toView(await manager.save(Issuer, { ...issuer, ...dto }));
      await this.audit.record(manager, actor, { entity: 'issuers', entityId: id, action: 'update', before, after });
      return after;
    });
  }

  async list(): Promise<IssuerView[]> {
    return (await this.dataSource.getRepository(Issuer).find({ order: { name: 'ASC' } })).map(toView);
  }

  async get(id: string): Promise<IssuerView> {
    const issuer = await this.dataSource.getRepository(Issuer).findOneBy({ id });
    if (!issuer) {
      throw new NotFound('issuer', id);
    }
    return toView(issuer);
  }
}
