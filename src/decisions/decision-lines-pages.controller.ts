import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Roles } from '../common/access/decorators.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { FlashQuery } from '../common/views/flash.js';
import { answerForm, asArray, type FormBody } from '../common/views/form-submission.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { NormalizedOptional } from '../common/validation/trim.js';
import { DecisionPageModels } from './decision-page.model.js';
import { DraftingService } from './drafting.service.js';

/** The people ticked in the eligible list, and the reason for any who do not qualify (shown to the signer). */
class PickedStaffForm {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5_000)
  @IsUUID(undefined, { each: true })
  staffIds!: string[];

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason?: string | null;
}

/**
 * Adding people to a draft from its page, without JavaScript, through the drafting service: those
 * ticked in the eligible list, or a CSV/XLSX of staff codes (the imports' toolkit).
 */
@Controller('decisions/:id/lines')
export class DecisionLinesPagesController {
  constructor(
    private readonly drafting: DraftingService,
    private readonly pages: DecisionPageModels,
  ) {}

  @Post('picked')
  @Roles('hr_officer')
  picked(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const form = { staffIds: asArray(body.staffIds), reason: body['picked.reason'] };
    return answerForm(
      page,
      PickedStaffForm,
      form,
      async (picked) => {
        // A collective decision's eligible list offers units: the ticked ids are theirs.
        const { subject } = await this.drafting.get(id);
        const ids = subject === 'individual' ? { staffIds: picked.staffIds } : { unitIds: picked.staffIds };
        return this.drafting.addLines(id, { ...ids, reason: picked.reason ?? null }, page.user);
      },
      {
        redirectTo: `/decisions/${id}`,
        errors: (errors) =>
          Object.fromEntries(Object.entries(errors).map(([field, text]) => [`picked.${field.replace(/\.\d+$/u, '')}`, text])),
        template: 'pages/decisions/detail',
        model: async () => this.pages.detail(page, await this.drafting.get(id), null),
      },
    );
  }

  /** Multipart, the CSRF token its first field; a file needing reasons is refused with the API's reason error. */
  @Post('file')
  @Roles('hr_officer')
  file(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(
      page,
      FlashQuery,
      {},
      async () => this.drafting.addLinesFromFile(id, await readUpload(page.request), null, page.user),
      {
        redirectTo: `/decisions/${id}`,
        errors: (errors) =>
          Object.fromEntries(
            Object.entries(errors).map(([field, text]) => [field === '_form' ? 'linesFile._form' : 'linesFile.file', text]),
          ),
        template: 'pages/decisions/detail',
        model: async () => this.pages.detail(page, await this.drafting.get(id), null),
      },
    );
  }
}
