import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render, StreamableFile } from '@nestjs/common';
import { sendAttachment } from '../attachments/index.js';
import { Roles } from '../common/access/decorators.js';
import { errorMessage } from '../common/errors/error-messages.js';
import { pagerFor } from '../common/paging/pager.js';
import { ImportFileRejected } from '../common/tabular-import/import-problems.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { FlashQuery, withFlash } from '../common/views/flash.js';
import { domainFieldErrors, type FieldErrors } from '../common/views/form.js';
import { answerForm, type FormBody, submittedValues } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest, redirectTo } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { IssuersService } from '../issuers/index.js';
import { CodedError, currentRoundYear, type Locale } from '../kernel/index.js';
import { CampaignsService } from './campaigns.service.js';
import {
  CAMPAIGN_FORM_FIELDS,
  campaignFacts,
  type CampaignFormValues,
  campaignFormValues,
  campaignRows,
  documentsModel,
  emptyCampaignForm,
  issuerOptions,
  kindOptions,
  mayEditCampaigns,
  mayRegister,
  registrationRows,
  savedMessage,
} from './campaigns.views.js';
import { CampaignPageQuery } from './dto/campaign-pages.query.js';
import { CampaignForm } from './dto/campaign.form.js';
import { ListCampaignsQuery } from './dto/list-campaigns.query.js';
import { RegistrationsService } from './registrations.service.js';

const DETAIL = 'pages/campaigns/detail';
const FORM = 'pages/campaigns/form';

/** A file refused for what it is (not a document, empty, too large, past the owner's limits): said beside the file field. */
const fileErrors = (error: unknown, lang: Locale): FieldErrors =>
  error instanceof ImportFileRejected || (error instanceof CodedError && error.details?.some((detail) => detail.field === 'file'))
    ? { file: errorMessage(error as CodedError, lang) }
    : domainFieldErrors(error, lang);

/**
 * The campaigns' pages: the list, a campaign with its documents and registrations, the form to add
 * or change one, the documents' upload, download and deletion. Through the same services as the API.
 */
@Controller('campaigns')
export class CampaignsPagesController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly registrations: RegistrationsService,
    private readonly issuers: IssuersService,
  ) {}

  @Get()
  @Render('pages/campaigns/list')
  async list(@QueryOrDefaults(ListCampaignsQuery) query: ListCampaignsQuery, @PageRequest() { lang, user }: PageRequest) {
    const page = await this.campaigns.list(query);
    return {
      title: translate(lang, 'campaigns.title'),
      canEdit: mayEditCampaigns(user),
      filter: { year: query.year === undefined ? '' : String(query.year) },
      kinds: kindOptions(lang, query.kind),
      campaigns: campaignRows(page.items, lang),
      pager: pagerFor('/campaigns', { year: query.year === undefined ? null : String(query.year), kind: query.kind ?? null }, page),
    };
  }

  @Trail({ label: 'campaigns.nav', href: '/campaigns' })
  @Get('new')
  @Roles('hr_officer')
  @Render(FORM)
  newForm(@PageRequest() { lang }: PageRequest) {
    return this.formModel(lang, null, emptyCampaignForm(currentRoundYear()));
  }

  @Trail({ label: 'campaigns.nav', href: '/campaigns' })
  @Post()
  @Roles('hr_officer')
  create(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, CampaignForm, body, (dto) => this.campaigns.create(dto, page.user), {
      redirectTo: (campaign) => `/campaigns/${campaign.id}`,
      flash: 'created',
      template: FORM,
      model: () => this.formModel(page.lang, null, submittedValues(body, CAMPAIGN_FORM_FIELDS)),
    });
  }

  @Trail({ label: 'campaigns.nav', href: '/campaigns' })
  @Get(':id')
  @Render(DETAIL)
  detail(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(CampaignPageQuery) query: CampaignPageQuery,
    @PageRequest() page: PageRequest,
  ) {
    return this.detailModel(page, id, query);
  }

  @Trail({ label: 'campaigns.nav', href: '/campaigns' }, { from: 'campaignName', href: '/campaigns/:id' })
  @Get(':id/edit')
  @Roles('hr_officer')
  @Render(FORM)
  async editForm(@Param('id', ParseUUIDPipe) id: string, @PageRequest() { lang }: PageRequest) {
    const campaign = await this.campaigns.get(id);
    return { ...(await this.formModel(lang, campaign.id, campaignFormValues(campaign))), campaignName: campaign.name };
  }

  @Trail({ label: 'campaigns.nav', href: '/campaigns' }, { from: 'campaignName', href: '/campaigns/:id' })
  @Post(':id/edit')
  @Roles('hr_officer')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, CampaignForm, body, (dto) => this.campaigns.update(id, dto, page.user), {
      redirectTo: `/campaigns/${id}`,
      flash: 'updated',
      template: FORM,
      model: async () => ({
        ...(await this.formModel(page.lang, id, submittedValues(body, CAMPAIGN_FORM_FIELDS))),
        campaignName: (await this.campaigns.get(id)).name,
      }),
    });
  }

  /** Multipart, the CSRF token its first field (read before the file, see common/http/csrf.ts). */
  @Trail({ label: 'campaigns.nav', href: '/campaigns' })
  @Post(':id/files')
  @Roles('hr_officer')
  upload(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, FlashQuery, {}, async () => this.campaigns.addFile(id, await readUpload(page.request), page.user), {
      redirectTo: `/campaigns/${id}`,
      flash: 'file',
      anchor: 'documents',
      template: DETAIL,
      fieldErrors: fileErrors,
      model: () => this.detailModel(page, id, new CampaignPageQuery()),
    });
  }

  @Get(':id/files/:fileId')
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('fileId', ParseUUIDPipe) fileId: string,
    @PageRequest() { reply }: PageRequest,
  ): Promise<StreamableFile> {
    return sendAttachment(reply, await this.campaigns.file(id, fileId), `tai-lieu-phong-trao-${fileId}`);
  }

  @Post(':id/files/:fileId/delete')
  @Roles('hr_officer')
  async removeFile(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('fileId', ParseUUIDPipe) fileId: string,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    await this.campaigns.removeFile(id, fileId, page.user);
    return redirectTo(page, withFlash(`/campaigns/${id}`, 'fileDeleted', 'documents'));
  }

  @Post(':id/registrations/:registrationId/delete')
  @Roles('hr_officer', 'manager')
  async removeRegistration(
    @Param('id', ParseUUIDPipe) _id: string,
    @Param('registrationId', ParseUUIDPipe) registrationId: string,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    const removed = await this.registrations.remove(registrationId, page.user);
    return redirectTo(page, withFlash(`/campaigns/${removed.campaignId}`, 'registrationDeleted', 'registrations'));
  }

  private async formModel(lang: Locale, id: string | null, values: CampaignFormValues) {
    return {
      title: translate(lang, id === null ? 'campaigns.newTitle' : 'campaigns.editTitle'),
      action: id === null ? '/campaigns' : `/campaigns/${id}/edit`,
      cancelHref: id === null ? '/campaigns' : `/campaigns/${id}`,
      values,
      kinds: kindOptions(lang, values.kind),
      issuers: issuerOptions(await this.issuers.list(), values.issuerId),
    };
  }

  private async detailModel(page: PageRequest, id: string, query: CampaignPageQuery) {
    const { lang, user } = page;
    const campaign = await this.campaigns.get(id);
    const canEdit = mayEditCampaigns(user);
    const [files, counts, registrations] = [
      await this.campaigns.files(id),
      await this.registrations.counts(id),
      await this.registrations.list({ campaignId: id, page: query.page, pageSize: 50 }, user),
    ];
    return {
      title: campaign.name,
      flash: savedMessage(lang, query.saved),
      campaign: { id: campaign.id, editHref: `/campaigns/${campaign.id}/edit` },
      facts: campaignFacts(campaign, lang),
      canEdit,
      canRegister: mayRegister(user),
      documents: documentsModel(campaign, files, canEdit, lang),
      summary: counts,
      registrations: registrationRows(campaign.id, registrations.items, mayRegister(user), lang),
      pager: pagerFor(`/campaigns/${campaign.id}`, {}, registrations),
      gridHref: `/campaigns/${campaign.id}/registrations/grid`,
      importHref: `/campaigns/${campaign.id}/registrations/import`,
    };
  }
}
