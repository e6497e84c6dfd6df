import { Module } from '@nestjs/common';
import { ProvinceSettingsService } from './settings.service.js';

/** The province settings as dated data: what is in force on a date, its history, and the admin's changes. */
@Module({
  providers: [ProvinceSettingsService],
  exports: [ProvinceSettingsService],
})
export class SettingsModule {}
