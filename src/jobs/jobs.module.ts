import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DatabaseOutage } from '../database/database-outage.js';
import { JobsService } from './jobs.service.js';

/**
 * The job queue, one worker per process (started when the application has started, after the
 * migrations; stopped before the database closes). Global: a feature injects JobsService to
 * register its kinds and enqueue.
 */
@Global()
@Module({
  providers: [
    {
      provide: JobsService,
      // An outage found by the worker is the same one line as one found by a request.
      useFactory: (dataSource: DataSource, outage: DatabaseOutage) => new JobsService(dataSource, { outage }),
      inject: [getDataSourceToken(), DatabaseOutage],
    },
  ],
  exports: [JobsService],
})
export class JobsModule {}
