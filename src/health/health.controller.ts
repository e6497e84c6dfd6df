import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Public } from '../common/access/decorators.js';
import { RUNTIME, type Runtime } from '../config/runtime.js';
import { answersWithin, DatabaseOutage } from '../database/database-outage.js';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailableReason } from '../database/database-unavailable.js';
import { HealthResponse } from './dto/health.response.js';

const PROBE_TIMEOUT_MS = 2000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly outage: DatabaseOutage,
  ) {}

  /**
   * 200 when the database answers within 2 s, 503 otherwise: for load balancers and monitors. A
   * monitor's probes also tell the outage tracker, so an outage is logged (once) with no user about.
   */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthResponse, description: 'The database answered within 2 s' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'The database did not answer within 2 s' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const database = this.runtime.database.kind;
    try {
      await answersWithin(this.dataSource, PROBE_TIMEOUT_MS);
      this.outage.answered();
      return { status: 'ok', database };
    } catch (error) {
      this.outage.failed(databaseUnavailableReason(error) ?? (error as Error).message);
      void reply.status(503).header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return { status: 'unavailable', database };
    }
  }
}
