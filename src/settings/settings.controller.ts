import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { type AuthUser } from '../kernel/index.js';
import { ProvinceSettingsQuery, PutProvinceSettingsDto, SettingHistoryResponse, SettingsOnResponse } from './dto/province-settings.dto.js';
import { ProvinceSettingsService } from './settings.service.js';

@ApiTags('settings')
@Controller('api/settings/province')
export class SettingsController {
  constructor(private readonly settings: ProvinceSettingsService) {}

  /** The settings in force on a day, each with its value, source, whether it is verified and its period (any signed-in user). */
  @Get()
  @ApiOkResponse({ type: SettingsOnResponse })
  on(@Query() query: ProvinceSettingsQuery): Promise<SettingsOnResponse> {
    return this.settings.on(query.on);
  }

  /** Sets one or several settings from a date; answers the settings in force that day. */
  @Put()
  @Roles('admin')
  @ApiOkResponse({ type: SettingsOnResponse })
  @ApiErrors(409, 422)
  put(@Body() dto: PutProvinceSettingsDto, @CurrentUser() actor: AuthUser): Promise<SettingsOnResponse> {
    return this.settings.put(dto, actor);
  }

  /** Every period of one key, the latest first. */
  @Get(':key/history')
  @ApiOkResponse({ type: [SettingHistoryResponse] })
  @ApiErrors(404)
  history(@Param('key') key: string): Promise<SettingHistoryResponse[]> {
    return this.settings.history(key);
  }
}
