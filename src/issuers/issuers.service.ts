import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { type KeyedDetail, NotFound, ValidationFailed } from '../common/errors/domain-error.js';
import type { CreateIssuerDto } from './dto/create-issuer.dto.js';
import type { UpdateIssuerDto } from './dto/update-issuer.dto.js';
import { Issuer } from './issuer.entity.js';
import { IssuerNotInForce, IssuerSymbolTaken, type NotInForce } from './issuers.errors.js';
import { inForceOn, issuerDisplayName, resolveIssuerName } from './validity.js';
import { type AuthUser } from '../kernel/index.js';

export type IssuerView = Omit<Issuer, 'createdAt' | 'updatedAt'>;

const toView = ({ createdAt: _c, updatedAt: _u, ...view }: Issuer): IssuerView => view;

/** What an award record names as its issuer: the registered one, when known, and the text of the paper. */
export interface DecisionIssuer {
  issuerId: string | null;
  issuerName: string | null;
}

type IssuerFields = Pick<IssuerView, 'validFrom' | 'validTo' | 'successorId'>;

@Injectable()
export class IssuersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateIssuerDto, actor: AuthUser): Promise<IssuerView> {
    return this.dataSource.transaction(async (manager) => {
      await lockNaturalKey(manager, 'issuers', 'symbol', dto.symbol);
      const fields: IssuerFields = { validFrom: dto.validFrom ?? null, validTo: dto.validTo ?? null, successorId: dto.successorId ?? null };
      await checkValidity(manager, null, fields);
      if (fields.validTo === null && (await symbolInUse(manager, dto.symbol, null))) {
        throw new IssuerSymbolTaken(dto.symbol);
      }
      const view = toView(await manager.save(Issuer, { ...dto, ...withDefaults(dto), ...fields }));
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
      const merged = { ...issuer, ...dto };
      const fields: IssuerFields = {
        validFrom: merged.validFrom ?? null,
        validTo: merged.validTo ?? null,
        successorId: merged.successorId ?? null,
      };
      await checkValidity(manager, id, fields);
      // Only issuers still in force must have a symbol of their own (a successor often keeps "UBND").
      const symbolChanges = merged.symbol !== issuer.symbol || (issuer.validTo !== null && fields.validTo === null);
      if (symbolChanges && fields.validTo === null && (await symbolInUse(manager, merged.symbol, id))) {
        throw new IssuerSymbolTaken(merged.symbol);
      }
      const before = toView(issuer);
      const after = toView(await manager.save(Issuer, { ...merged, ...withDefaults(merged), ...fields }));
      await this.audit.record(manager, actor, { entity: 'issuers', entityId: id, action: 'update', before, after });
      return after;
    });
  }

  async list(): Promise<IssuerView[]> {
    return (await this.dataSource.getRepository(Issuer).find({ order: { name: 'ASC', validFrom: 'ASC' } })).map(toView);
  }

  async get(id: string): Promise<IssuerView> {
    const issuer = await this.dataSource.getRepository(Issuer).findOneBy({ id });
    if (!issuer) {
      throw new NotFound('issuer', id);
    }
    return toView(issuer);
  }

  /**
   * The issuer of a decision, checked against the date it was signed, in the caller's transaction.
   * By id: that issuer, whose validity must include the date. By name only (the text of a paper
   * record): the registered issuers of that name (or "NAME (PARENT)"); the one in force on the date
   * is linked, and when none of them was, the decision is refused naming the successor. A name no
   * issuer carries is kept as text, unchecked: old papers name bodies nobody has registered.
   */
  async forDecision(
    manager: EntityManager,
    given: { issuerId?: string | null; issuerName?: string | null },
    decisionDate: string | null,
  ): Promise<DecisionIssuer> {
    const issuerName = given.issuerName ?? null;
    if (given.issuerId) {
      const issuer = await manager.findOneBy(Issuer, { id: given.issuerId });
      if (!issuer) {
        throw new ValidationFailed([{ field: 'issuerId', constraint: 'unknownIssuer', key: 'fieldErrors.unknownIssuer' }]);
      }
      if (decisionDate !== null && !inForceOn(issuer, decisionDate)) {
        throw await notInForce(manager, issuer, decisionDate);
      }
      return { issuerId: issuer.id, issuerName: issuerName ?? issuerDisplayName(issuer) };
    }
    if (issuerName === null) {
      return { issuerId: null, issuerName: null };
    }
    const resolved = resolveIssuerName(await manager.find(Issuer, { order: { validFrom: 'ASC' } }), issuerName, decisionDate);
    switch (resolved.kind) {
      case 'unregistered':
        return { issuerId: null, issuerName };
      case 'found':
        return { issuerId: resolved.issuer?.id ?? null, issuerName };
      case 'notInForce':
        throw await notInForce(manager, resolved.issuer, decisionDate!);
    }
  }

  /**
   * Rows of a file whose issuer (named as text) did not sign on their decision date, in the
   * caller's transaction: what `forDecision` refuses one by one, for a whole import at once.
   */
  async notInForceRows<R extends { line: number; issuerName: string | null; decisionDate: string | null }>(
    manager: EntityManager,
    rows: readonly R[],
  ): Promise<Array<{ line: number; refusal: NotInForce }>> {
    const named = rows.filter((row) => row.issuerName !== null && row.decisionDate !== null);
    if (named.length === 0) {
      return [];
    }
    const issuers = await manager.find(Issuer, { order: { validFrom: 'ASC' } });
    const byId = new Map(issuers.map((issuer) => [issuer.id, issuer]));
    return named.flatMap((row) => {
      const resolved = resolveIssuerName(issuers, row.issuerName!, row.decisionDate);
      if (resolved.kind !== 'notInForce') {
        return [];
      }
      const successor = resolved.issuer.successorId ? byId.get(resolved.issuer.successorId) : undefined;
      return [{ line: row.line, refusal: notInForceFacts(resolved.issuer, row.decisionDate!, successor ?? null) }];
    });
  }
}

/** The optional fields as stored: null when not given, and the system register unless told otherwise. */
const withDefaults = (fields: CreateIssuerDto) => ({
  parentName: fields.parentName ?? null,
  numberingMode: fields.numberingMode ?? 'system',
  authorityTitle: fields.authorityTitle ?? null,
  regulationBasis: fields.regulationBasis ?? null,
  foundingBasis: fields.foundingBasis ?? null,
  organisationId: fields.organisationId ?? null,
});

const notInForceFacts = (issuer: Issuer, decisionDate: string, successor: Issuer | null): NotInForce => ({
  issuer: issuerDisplayName(issuer),
  decisionDate,
  validFrom: issuer.validFrom,
  validTo: issuer.validTo,
  successor: successor ? issuerDisplayName(successor) : null,
});

async function notInForce(manager: EntityManager, issuer: Issuer, decisionDate: string): Promise<IssuerNotInForce> {
  const successor = issuer.successorId ? await manager.findOneBy(Issuer, { id: issuer.successorId }) : null;
  return new IssuerNotInForce(notInForceFacts(issuer, decisionDate, successor));
}

async function symbolInUse(manager: EntityManager, symbol: string, exceptId: string | null): Promise<boolean> {
  const current = await manager.findBy(Issuer, { symbol, validTo: IsNull() });
  return current.some((issuer) => issuer.id !== exceptId);
}

/** An end before the start, a successor that does not exist or is the issuer itself: 400 on the field. */
async function checkValidity(manager: EntityManager, id: string | null, fields: IssuerFields): Promise<void> {
  const problems: KeyedDetail[] = [];
  if (fields.validFrom !== null && fields.validTo !== null && fields.validTo < fields.validFrom) {
    problems.push({ field: 'validTo', constraint: 'endBeforeStart', key: 'fieldErrors.endBeforeStart' });
  }
  if (fields.successorId !== null) {
    if (fields.successorId === id) {
      problems.push({ field: 'successorId', constraint: 'successorSelf', key: 'fieldErrors.successorSelf' });
    } else if (!(await manager.existsBy(Issuer, { id: fields.successorId }))) {
      problems.push({ field: 'successorId', constraint: 'unknownIssuer', key: 'fieldErrors.unknownIssuer' });
    }
  }
  if (problems.length > 0) {
    throw new ValidationFailed(problems);
  }
}
