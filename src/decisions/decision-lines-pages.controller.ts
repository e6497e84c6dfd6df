import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Roles } from '../common/access/decorators.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { FlashQuery } from '../common/views/flash.js';
import { errorStatus } from '../common/errors/error-codes.js';
import { errorMessage } from '../common/errors/error-messages.js';
import { answerForm, asArray, type FormBody } from '../common/views/form-submission.js';
import { domainFieldErrors } from '../common/views/form.js';
import { CodedError } from '../kernel/index.js';
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

/** The nominations ticked in "Thêm từ đề nghị", and the reason for any whose nominee does not qualify. */
class PickedNominationsForm {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5_000)
  @IsUUID(undefined, { each: true })
  nominationIds!: string[];

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

  /** "Thêm từ đề nghị": the nominations ticked become lines in one action (issue 10), as `{"nominationIds"}` on the API. */
  @Post('nominations')
  @Roles('hr_officer')
  nominations(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const form = { nominationIds: asArray(body.nominationIds), reason: body['nominations.reason'] };
    return answerForm(
      page,
      PickedNominationsForm,
      form,
      (picked) => this.drafting.addLines(id, { nominationIds: picked.nominationIds, reason: picked.reason ?? null }, page.user),
      {
        redirectTo: `/decisions/${id}`,
        anchor: 'from-nominations',
        errors: (errors) =>
          Object.fromEntries(Object.entries(errors).map(([field, text]) => [`nominations.${field.replace(/\.\d+$/u, '')}`, text])),
        // The law's and the drafting's refusals (not ready, another award) are said above the list.
        fieldErrors: (error, lang) => {
          try {
            return domainFieldErrors(error, lang);
          } catch (thrown) {
            if (thrown instanceof CodedError && (errorStatus(thrown.code) ?? 500) < 500) {
              return { _form: errorMessage(thrown, lang) };
            }
            throw thrown;
          }
        },
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
