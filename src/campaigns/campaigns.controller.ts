import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiAttachmentDownload, AttachmentResponse, sendAttachment } from '../attachments/index.js';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiFileUpload } from '../common/openapi/operations.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { type AuthUser } from '../kernel/index.js';
import { CampaignsService } from './campaigns.service.js';
import { CampaignPageResponse, CampaignResponse } from './dto/campaign.response.js';
import { CreateCampaignDto } from './dto/create-campaign.dto.js';
import { ListCampaignsQuery } from './dto/list-campaigns.query.js';
import { UpdateCampaignDto } from './dto/update-campaign.dto.js';

/** Campaigns (phong trào thi đua) and their documents: HR officers and admins write, everyone signed in reads. */
@ApiTags('campaigns')
@Controller('api/campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: CampaignResponse })
  @ApiErrors(400, 403, [409, 'CAMPAIGN_NAME_TAKEN: another campaign of the year has the name'])
  create(@Body() dto: CreateCampaignDto, @CurrentUser() actor: AuthUser): Promise<CampaignResponse> {
    return this.campaigns.create(dto, actor);
  }

  @Get()
  @ApiOkResponse({ type: CampaignPageResponse })
  @ApiErrors(400)
  list(@Query() query: ListCampaignsQuery): Promise<CampaignPageResponse> {
    return this.campaigns.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: CampaignResponse })
  @ApiErrors(404)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CampaignResponse> {
    return this.campaigns.get(id);
  }

  /** The fields given change; `issuerId` and `launchDocument` null clear them. */
  @Patch(':id')
  @Roles('hr_officer')
  @ApiOkResponse({ type: CampaignResponse })
  @ApiErrors(400, 403, 404, [409, 'CAMPAIGN_NAME_TAKEN'])
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCampaignDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<CampaignResponse> {
    return this.campaigns.update(id, dto, actor);
  }

  /** Multipart field `file`: a PDF, DOCX, PNG or JPEG (judged by its content), at most 20 MB. */
  @Post(':id/files')
  @Roles('hr_officer')
  @ApiFileUpload('A document of the campaign (the plan, the launching decision, a form): PDF, DOCX, PNG or JPEG, at most 20 MB')
  @ApiCreatedResponse({ type: AttachmentResponse })
  @ApiErrors(
    400,
    403,
    404,
    [409, 'ATTACHMENTS_TOO_MANY'],
    [413, 'Over 20 MB, or ATTACHMENTS_TOO_LARGE'],
    [415, 'ATTACHMENT_TYPE_REFUSED (the content is none of the four), or not multipart'],
  )
  async upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @CurrentUser() actor: AuthUser,
  ): Promise<AttachmentResponse> {
    return this.campaigns.addFile(id, await readUpload(request), actor);
  }

  @Get(':id/files')
  @ApiOkResponse({ type: [AttachmentResponse] })
  @ApiErrors(404)
  files(@Param('id', ParseUUIDPipe) id: string): Promise<AttachmentResponse[]> {
    return this.campaigns.files(id);
  }

  /** The file as uploaded, with its SHA-256 in `X-Content-SHA256`; always as a download. */
  @Get(':id/files/:fileId')
  @ApiAttachmentDownload()
  @ApiErrors(404)
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('fileId', ParseUUIDPipe) fileId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendAttachment(reply, await this.campaigns.file(id, fileId), `tai-lieu-phong-trao-${fileId}`);
  }

  /** Deleted: the record (name, size, SHA-256, who and when) stays in the audit log; the bytes go. */
  @Delete(':id/files/:fileId')
  @Roles('hr_officer')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(403, 404)
  async removeFile(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('fileId', ParseUUIDPipe) fileId: string,
    @CurrentUser() actor: AuthUser,
  ): Promise<void> {
    await this.campaigns.removeFile(id, fileId, actor);
  }
}
