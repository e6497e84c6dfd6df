import { Module } from '@nestjs/common';
import { SettingsPagesController } from './settings-pages.controller.js';
import { SettingsController } from './settings.controller.js';
import { ProvinceSettingsService } from './settings.service.js';

/** The province settings as dated data: what is in force on a date, its history, and the admin's changes. */
@Module({
  controllers: [SettingsController, SettingsPagesController],
  providers: [ProvinceSettingsService],
  exports: [ProvinceSettingsService],
})
export class SettingsModule {}
