import { Module } from '@nestjs/common';
import { OnlineBackupService } from './online-backup.service.js';

/** Online backups of the embedded database (`npm run backup` while the service runs). */
@Module({ providers: [OnlineBackupService] })
export class BackupModule {}
