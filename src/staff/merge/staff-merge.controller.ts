import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/access/decorators.js';
import { ApiErrors } from '../../common/openapi/problem.response.js';
import { MergeStaffDto } from '../dto/merge-staff.dto.js';
import { StaffMergeResultResponse } from '../dto/staff-merge.response.js';
import { StaffMergeService } from './staff-merge.service.js';
import { type AuthUser } from '../../kernel/index.js';

@ApiTags('staff')
@Controller('api/staff/merge')
export class StaffMergeController {
  constructor(private readonly merges: StaffMergeService) {}

  /** Moves all of `mergeId`'s history to `keepId` in one transaction; the merged record stays, marked. */
  @Post()
  @HttpCode(200)
  @Roles('hr_officer')
  @ApiOkResponse({ type: StaffMergeResultResponse })
  @ApiErrors(400, 403, 404, [409, 'STAFF_MERGE_CONFLICT: different entries for the same key (listed); STAFF_ALREADY_MERGED'])
  merge(@Body() dto: MergeStaffDto, @CurrentUser() actor: AuthUser): Promise<StaffMergeResultResponse> {
    return this.merges.merge(dto, actor);
  }
}
