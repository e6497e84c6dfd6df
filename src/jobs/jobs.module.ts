import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobsService } from './jobs.service.js';

/**
 * The job queue, one worker per process (started when the application has started, after the
 * migrations; stopped before the database closes). Global: a feature injects JobsService to
 * register its kinds and enqueue.
 */
@Global()
@Module({
  providers: [
    { provide: JobsService, useFactory: (dataSource: DataSource) => new JobsService(dataSource), inject: [getDataSourceToken()] },
  ],
  exports: [JobsService],
})
export class JobsModule {}
