import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Public } from '../common/access/decorators.js';
import { RUNTIME, type Runtime } from '../config/runtime.js';
import { HealthResponse } from './dto/health.response.js';

const PROBE_TIMEOUT_MS = 2000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  /** 200 when the database answers within 2 s, 503 otherwise: for load balancers and monitors. */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthResponse, description: 'The database answered within 2 s' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'The database did not answer within 2 s' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const database = this.runtime.database.kind;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS).unref()),
      ]);
      return { status: 'ok', database };
    } catch {
      void reply.status(503);
      return { status: 'unavailable', database };
    }
  }
}
