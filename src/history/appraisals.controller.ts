import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { AppraisalsService } from './appraisals.service.js';
import { AppraisalResponse } from './dto/history.response.js';
import { PutAppraisalDto } from './dto/put-appraisal.dto.js';
import { ParseYearPipe } from './year.js';
import { type AuthUser, MAX_YEAR, MIN_YEAR } from '../kernel/index.js';

const ApiYearParam = (): MethodDecorator => ApiParam({ name: 'year', schema: { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR } });

@ApiTags('history')
@Controller('api')
export class AppraisalsController {
  constructor(private readonly appraisals: AppraisalsService) {}

  @Put('staff/:id/appraisals/:year')
  @Roles('hr_officer')
  @ApiYearParam()
  @ApiOkResponse({ type: AppraisalResponse, description: "The year's rating, set or replaced" })
  @ApiErrors(403, 404)
  putForStaff(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('year', ParseYearPipe) year: number,
    @Body() dto: PutAppraisalDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AppraisalResponse> {
    return this.appraisals.put('staff', id, year, dto, actor);
  }

  @Put('units/:id/appraisals/:year')
  @Roles('hr_officer')
  @ApiYearParam()
  @ApiOkResponse({ type: AppraisalResponse, description: "The year's rating, set or replaced" })
  @ApiErrors(403, 404)
  putForUnit(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('year', ParseYearPipe) year: number,
    @Body() dto: PutAppraisalDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AppraisalResponse> {
    return this.appraisals.put('unit', id, year, dto, actor);
  }

  @Get('staff/:id/appraisals')
  @ApiOkResponse({ type: [AppraisalResponse] })
  @ApiErrors(403, 404)
  listForStaff(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<AppraisalResponse[]> {
    return this.appraisals.listFor('staff', id, user);
  }

  @Get('units/:id/appraisals')
  @ApiOkResponse({ type: [AppraisalResponse] })
  @ApiErrors(403, 404)
  listForUnit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<AppraisalResponse[]> {
    return this.appraisals.listFor('unit', id, user);
  }
}
