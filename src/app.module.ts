import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiDocsModule } from './api-docs/api-docs.module.js';
import { registerAppErrors } from './app.errors.js';
import { AssetsModule } from './assets/assets.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { BackupModule } from './backup/backup.module.js';
import { BulkEntryModule } from './bulk-entry/bulk-entry.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { AllExceptionsFilter } from './common/http/all-exceptions.filter.js';
import { createValidationPipe } from './common/http/validation.js';
import { PageContextInterceptor } from './common/views/page-context.interceptor.js';
import { RUNTIME, type Runtime } from './config/runtime.js';
import { databaseOptions } from './database/database-options.js';
import { DecisionsModule } from './decisions/index.js';
import { DatabaseOutageModule } from './database/database-outage.js';
import { ExportsModule } from './exports/exports.module.js';
import { HealthModule } from './health/health.module.js';
import { EligibilityModule } from './eligibility/eligibility.module.js';
import { HistoryModule } from './history/history.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { JobsModule } from './jobs/index.js';
import { HomeModule } from './home/index.js';
import { IssuersModule } from './issuers/issuers.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CouncilsModule } from './councils/index.js';
import { NominationsModule } from './nominations/index.js';
import { SettingsModule } from './settings/settings.module.js';
import { NotificationsModule } from './notifications/index.js';
import { PostingsModule } from './postings/index.js';
import { AttachmentsModule } from './attachments/index.js';
import { CampaignsModule } from './campaigns/index.js';
import { NominationFilesModule } from './nomination-files/index.js';
import { NominationPagesModule } from './nomination-pages/index.js';
import { RewardsModule } from './rewards/rewards.module.js';
import { StaffProfileModule } from './staff-profile/staff-profile.module.js';
import { UnitProfileModule } from './unit-profile/unit-profile.module.js';
import { StaffModule } from './staff/staff.module.js';
import { UnitsModule } from './units/units.module.js';
import { UsersModule } from './users/users.module.js';
import { UpwardModule } from './upward/index.js';

@Global()
@Module({})
class RuntimeModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return { module: RuntimeModule, providers: [{ provide: RUNTIME, useValue: runtime }], exports: [RUNTIME] };
  }
}

/**
 * The whole application. Global pipes, guards, filters and interceptors are providers here, so
 * every test application built from this module behaves like production.
 */
@Module({})
export class AppModule {
  static forRoot(runtime: Runtime): DynamicModule {
    // The error codes of every feature, for the exception filter and the page helpers.
    registerAppErrors();
    return {
      module: AppModule,
      imports: [
        RuntimeModule.forRoot(runtime),
        TypeOrmModule.forRoot({
          ...databaseOptions(runtime.database, runtime.env),
          autoLoadEntities: true,
          // createApp has waited for the database (waitForDatabase): a failure now is reported once, not retried with stacks.
          toRetry: () => false,
        }),
        DatabaseOutageModule,
        JobsModule,
        AuditModule,
        AuthModule,
        UsersModule,
        UnitsModule,
        IssuersModule,
        CalendarModule,
        NominationsModule,
        SettingsModule,
        NotificationsModule,
        PostingsModule,
        CouncilsModule,
        AttachmentsModule,
        CampaignsModule,
        NominationFilesModule,
        NominationPagesModule,
        DecisionsModule,
        StaffModule,
        CatalogueModule,
        RewardsModule,
        HistoryModule,
        ImportsModule,
        EligibilityModule,
        StaffProfileModule,
        BulkEntryModule,
        UnitProfileModule,
        ExportsModule,
        HomeModule,
        HealthModule,
        AssetsModule,
        ApiDocsModule,
        BackupModule,
        UpwardModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_INTERCEPTOR, useClass: PageContextInterceptor },
      ],
    };
  }
}
