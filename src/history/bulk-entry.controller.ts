import { Body, Controller, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { BulkEntryService } from './bulk-entry.service.js';
import { BulkAwardDto } from './dto/bulk-award.dto.js';
import { DecisionRecordedResponse, RatingsSavedResponse } from './dto/bulk-entry.response.js';
import { PutAppraisalsDto } from './dto/put-appraisals.dto.js';
import { type AuthUser } from '../kernel/index.js';

/** Whole departments at once: a grid of ratings, one decision with its list. All or nothing. */
@ApiTags('history')
@Controller('api')
export class BulkEntryController {
  constructor(private readonly bulk: BulkEntryService) {}

  @Put('appraisals')
  @Roles('hr_officer')
  @ApiOkResponse({
    type: RatingsSavedResponse,
    description: 'Every rating of the list set (null removed), one audit entry per row changed',
  })
  @ApiErrors(
    [403, 'SUBJECTS_OUT_OF_SCOPE: ids outside your units, named; nothing written'],
    [422, 'UNKNOWN_SUBJECTS: ids that name no staff member or unit, listed; nothing written'],
  )
  putRatings(@Body() dto: PutAppraisalsDto, @CurrentUser() actor: AuthUser): Promise<RatingsSavedResponse> {
    return this.bulk.putRatings(dto, actor);
  }

  @Post('awards/bulk')
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: DecisionRecordedResponse, description: 'One award per person or unit of the list, one audit entry each' })
  @ApiErrors(
    [403, 'SUBJECTS_OUT_OF_SCOPE: ids outside your units, named; nothing written'],
    [409, 'AWARDS_ALREADY_RECORDED: who already has this award for the year, named; nothing written'],
    [422, 'UNKNOWN_SUBJECTS (ids listed) or ISSUER_NOT_IN_FORCE; nothing written'],
  )
  recordDecision(@Body() dto: BulkAwardDto, @CurrentUser() actor: AuthUser): Promise<DecisionRecordedResponse> {
    return this.bulk.recordDecision(dto, actor);
  }
}
