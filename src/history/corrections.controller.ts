import { Body, Controller, Delete, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { CorrectionsService } from './corrections.service.js';
import { EditAwardDto, EditDisciplineDto, EditFreezeDto, EditInitiativeDto, RemoveRecordDto } from './dto/correct-records.dto.js';
import { AppraisalResponse, AwardRecordResponse, DisciplineResponse, FreezeResponse, InitiativeResponse } from './dto/history.response.js';
import type { AwardRecordView, DisciplineView, FreezeView, InitiativeView } from './history.views.js';
import { ParseYearPipe } from './year.js';
import { type AuthUser, MAX_YEAR, MIN_YEAR } from '../kernel/index.js';

const ApiYearParam = (): MethodDecorator => ApiParam({ name: 'year', schema: { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR } });
const REMOVED = 'The record, kept and marked removed (deletedAt, deletedReason): it counts toward nothing';
const ISSUED: [409, string] = [409, 'AWARD_ISSUED: an award issued on the system is changed by a new decision'];

/**
 * Corrections of history typed in or imported by mistake: edit (PATCH, the fields given) or remove
 * (DELETE, a soft delete), each with a mandatory `reason`, audited with before and after.
 */
@ApiTags('history')
@Controller('api')
export class CorrectionsController {
  constructor(private readonly corrections: CorrectionsService) {}

  @Delete('staff/:id/appraisals/:year')
  @Roles('hr_officer')
  @ApiYearParam()
  @ApiOkResponse({ type: AppraisalResponse, description: REMOVED })
  @ApiErrors(403, 404)
  removeStaffAppraisal(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('year', ParseYearPipe) year: number,
    @Body() dto: RemoveRecordDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AppraisalResponse> {
    return this.corrections.removeAppraisal('staff', id, year, dto, actor);
  }

  @Delete('units/:id/appraisals/:year')
  @Roles('hr_officer')
  @ApiYearParam()
  @ApiOkResponse({ type: AppraisalResponse, description: REMOVED })
  @ApiErrors(403, 404)
  removeUnitAppraisal(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('year', ParseYearPipe) year: number,
    @Body() dto: RemoveRecordDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AppraisalResponse> {
    return this.corrections.removeAppraisal('unit', id, year, dto, actor);
  }

  @Patch('initiatives/:id')
  @Roles('hr_officer')
  @ApiOkResponse({ type: InitiativeResponse, description: 'The initiative as corrected' })
  @ApiErrors(403, 404, 409)
  editInitiative(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EditInitiativeDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<InitiativeResponse> {
    return this.corrections.editInitiative(id, dto, actor);
  }

  @Delete('initiatives/:id')
  @Roles('hr_officer')
  @ApiOkResponse({ type: InitiativeResponse, description: REMOVED })
  @ApiErrors(403, 404)
  async removeInitiative(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RemoveRecordDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<InitiativeResponse> {
    return (await this.corrections.remove('initiatives', id, dto, actor)) as InitiativeView;
  }

  @Patch('disciplines/:id')
  @Roles('hr_officer')
  @ApiOkResponse({ type: DisciplineResponse, description: 'The discipline as corrected' })
  @ApiErrors(403, 404, 409)
  editDiscipline(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EditDisciplineDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<DisciplineResponse> {
    return this.corrections.editDiscipline(id, dto, actor);
  }

  @Delete('disciplines/:id')
  @Roles('hr_officer')
  @ApiOkResponse({ type: DisciplineResponse, description: REMOVED })
  @ApiErrors(403, 404)
  async removeDiscipline(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RemoveRecordDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<DisciplineResponse> {
    return (await this.corrections.remove('disciplines', id, dto, actor)) as DisciplineView;
  }

  @Patch('freezes/:id')
  @Roles('hr_officer')
  @ApiOkResponse({ type: FreezeResponse, description: 'The freeze as corrected (`freezeReason` changes its grounds)' })
  @ApiErrors(403, 404, 409)
  editFreeze(@Param('id', ParseUUIDPipe) id: string, @Body() dto: EditFreezeDto, @CurrentUser() actor: AuthUser): Promise<FreezeResponse> {
    return this.corrections.editFreeze(id, dto, actor);
  }

  @Delete('freezes/:id')
  @Roles('hr_officer')
  @ApiOkResponse({ type: FreezeResponse, description: REMOVED })
  @ApiErrors(403, 404)
  async removeFreeze(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RemoveRecordDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<FreezeResponse> {
    return (await this.corrections.remove('freezes', id, dto, actor)) as FreezeView;
  }

  @Patch('awards/:id')
  @Roles('hr_officer')
  @ApiOkResponse({ type: AwardRecordResponse, description: 'The award record as corrected (typed in or imported only)' })
  @ApiErrors(403, 404, ISSUED, [422, 'ISSUER_NOT_IN_FORCE: the decision date lies outside the issuer’s validity'])
  editAward(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EditAwardDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AwardRecordResponse> {
    return this.corrections.editAward(id, dto, actor);
  }

  @Delete('awards/:id')
  @Roles('hr_officer')
  @ApiOkResponse({ type: AwardRecordResponse, description: REMOVED })
  @ApiErrors(403, 404, ISSUED)
  async removeAward(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RemoveRecordDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AwardRecordResponse> {
    return (await this.corrections.remove('awards', id, dto, actor)) as AwardRecordView;
  }
}
