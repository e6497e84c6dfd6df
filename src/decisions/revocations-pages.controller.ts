import { Body, Controller, Get, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { errorMessage } from '../common/errors/error-messages.js';
import { attachmentDisposition } from '../common/export/content-disposition.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { FlashQuery } from '../common/views/flash.js';
import { domainFieldErrors, type FieldErrors } from '../common/views/form.js';
import { answerForm, asArray, type FormBody } from '../common/views/form-submission.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { CodedError } from '../kernel/index.js';
import { DecisionPageModels, type LaterFormValues } from './decision-page.model.js';
import { DraftingService } from './drafting.service.js';
import { CreateCorrectionDto, CreateRecoveryDto, CreateRevocationDto } from './dto/create-revocation.dto.js';
import { RevocationsService } from './revocations.service.js';
import { SignedCopiesService } from './signed-copies.service.js';

/** The text of a form field, '' when absent or not text. */
const text = (body: FormBody, name: string): string => (typeof body[name] === 'string' ? body[name] : '');

/** A field left empty is absent for the DTO (its defaults apply), not ''. */
const given = (body: FormBody, name: string): string | undefined => (text(body, name).trim() === '' ? undefined : text(body, name));

/** The signer fields of a form named `<form>.signer.…`, as the DTO nests them. */
const signerOf = (body: FormBody, form: string) => ({
  prefix: given(body, `${form}.signer.prefix`) ?? null,
  title: text(body, `${form}.signer.title`),
  name: text(body, `${form}.signer.name`),
});

/**
 * The refusal's errors under the form's own field names (`revoke.reason`), as the page has three
 * forms with a reason and a signer; what concerns no field goes to the form's own alert.
 */
const prefixed =
  (form: string) =>
  (errors: FieldErrors): FieldErrors =>
    Object.fromEntries(
      Object.entries(errors).map(([field, message]) => [`${form}.${field.replace(/^lineIds\.\d+$/u, 'lineIds')}`, message]),
    );

/** Everything a form sent, as typed, for the page shown again. */
const typed = (body: FormBody): LaterFormValues =>
  Object.fromEntries(
    Object.entries(body).flatMap(([key, value]): Array<[string, string | string[]]> =>
      key === '_csrf' ? [] : Array.isArray(value) ? [[key, asArray(value)]] : typeof value === 'string' ? [[key, value]] : [],
    ),
  );

/**
 * The forms on an issued decision's page, without JavaScript, through the same services as the API:
 * the signed copy (upload, download), a revocation draft, a correction draft, a recovery. A refusal
 * shows the decision page again with the errors beside the form's fields; a new draft opens its page.
 */
@Controller('decisions/:id')
export class RevocationsPagesController {
  constructor(
    private readonly drafting: DraftingService,
    private readonly revocations: RevocationsService,
    private readonly copies: SignedCopiesService,
    private readonly pages: DecisionPageModels,
  ) {}

  /** Multipart, the CSRF token its first field (read before the file, see common/http/csrf.ts). */
  @Post('signed-copy')
  uploadCopy(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, FlashQuery, {}, async () => this.copies.store(id, await readUpload(page.request), page.user), {
      redirectTo: `/decisions/${id}`,
      anchor: 'signed-copy',
      template: 'pages/decisions/detail',
      errors: prefixed('copy'),
      // A file refused for what it is (not a PDF, empty) is said in the error's own words beside the file field.
      fieldErrors: (error, lang) =>
        error instanceof CodedError && error.details?.some((detail) => detail.field === 'file')
          ? { file: errorMessage(error, lang) }
          : domainFieldErrors(error, lang),
      model: () => this.model(page, id, {}),
    });
  }

  /** The official copy for the page's session (the API's twin needs a bearer token), its SHA-256 in a header. */
  @Get('signed-copy')
  async downloadCopy(@Param('id', ParseUUIDPipe) id: string, @PageRequest() { reply }: PageRequest): Promise<StreamableFile> {
    const copy = await this.copies.latest(id);
    void reply.header('Content-Type', 'application/pdf');
    void reply.header('Content-Disposition', attachmentDisposition(copy.fileName ?? `quyet-dinh-${id}.pdf`));
    void reply.header('X-Content-SHA256', copy.sha256);
    return new StreamableFile(copy.content);
  }

  @Post('revocations')
  @Roles('hr_officer')
  revoke(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const chosen = asArray(body['revoke.lineIds']);
    const form = {
      lineIds: chosen.length > 0 ? chosen : undefined,
      reason: text(body, 'revoke.reason'),
      issuerId: text(body, 'issuerId'),
      signedOn: given(body, 'revoke.signedOn') ?? null,
      signer: signerOf(body, 'revoke'),
    };
    return answerForm(page, CreateRevocationDto, form, (dto) => this.revocations.draftRevocation(id, dto, page.user), {
      redirectTo: (draft) => `/decisions/${draft.id}`,
      template: 'pages/decisions/detail',
      errors: prefixed('revoke'),
      model: () => this.model(page, id, typed(body)),
    });
  }

  @Post('corrections')
  @Roles('hr_officer')
  correct(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const form = {
      lines: [
        {
          lineId: text(body, 'correct.lineId'),
          fullName: given(body, 'correct.fullName'),
          position: given(body, 'correct.position'),
          unitName: given(body, 'correct.unitName'),
        },
      ],
      reason: text(body, 'correct.reason'),
      issuerId: text(body, 'issuerId'),
      signedOn: given(body, 'correct.signedOn') ?? null,
      signer: signerOf(body, 'correct'),
    };
    return answerForm(page, CreateCorrectionDto, form, (dto) => this.revocations.draftCorrection(id, dto, page.user), {
      redirectTo: (draft) => `/decisions/${draft.id}`,
      template: 'pages/decisions/detail',
      // One line on the page: the nested `lines.0.fullName` is the form's `fullName`, a `lines.0` refusal ("changes nothing") its line.
      errors: (errors) =>
        prefixed('correct')(
          Object.fromEntries(
            Object.entries(errors).map(([field, message]) => [
              field === 'lines.0' || field === 'lines' ? 'lineId' : field.replace(/^lines\.0\./u, ''),
              message,
            ]),
          ),
        ),
      model: () => this.model(page, id, typed(body)),
    });
  }

  /** The line comes from the form (a choice of the revoked lines), not the address: one form for all of them. */
  @Post('recoveries')
  @Roles('hr_officer')
  recover(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const lineId = text(body, 'recover.lineId');
    const form = {
      recoveredOn: text(body, 'recover.recoveredOn'),
      moneyRecovered: text(body, 'recover.moneyRecovered') === '1',
      certificateRecovered: text(body, 'recover.certificateRecovered') === '1',
      note: given(body, 'recover.note') ?? null,
    };
    return answerForm(
      page,
      CreateRecoveryDto,
      form,
      (dto) =>
        /^[0-9a-f-]{36}$/iu.test(lineId) ? this.revocations.recordRecovery(id, lineId, dto, page.user) : Promise.reject(noLineChosen()),
      {
        redirectTo: `/decisions/${id}`,
        anchor: 'recover',
        template: 'pages/decisions/detail',
        errors: prefixed('recover'),
        model: () => this.model(page, id, typed(body)),
      },
    );
  }

  private async model(page: PageRequest, id: string, values: LaterFormValues) {
    return this.pages.detail(page, await this.drafting.get(id), null, values);
  }
}

/** A recovery posted without a line chosen: refused beside the choice, as a missing field. */
function noLineChosen() {
  return new ValidationFailed([{ field: 'lineId', constraint: 'isUuid', key: 'fieldErrors.required' }]);
}
