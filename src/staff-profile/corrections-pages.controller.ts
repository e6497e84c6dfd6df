import { Body, Controller, Get, Param, ParseEnumPipe, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import type { ClassConstructor } from 'class-transformer';
import { Roles } from '../common/access/decorators.js';
import { NotFound } from '../common/errors/domain-error.js';
import { answerForm, type FormBody } from '../common/views/form-submission.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { CatalogueService } from '../catalogue/index.js';
import {
  CorrectionsService,
  EditAppraisalDto,
  EditDisciplineDto,
  EditFreezeDto,
  HistoryService,
  type OfSubject,
} from '../history/index.js';
import { AwardCorrectionForm, InitiativeCorrectionForm, RemovalForm } from './dto/entry-forms.dto.js';
import { CORRECTABLE, type Correctable, correctionView, findRecord, SECTION_OF } from './corrections.views.js';

const TEMPLATE = 'pages/history/correct';
const EDIT_FORMS: Record<Correctable, ClassConstructor<object>> = {
  awards: AwardCorrectionForm,
  appraisals: EditAppraisalDto,
  initiatives: InitiativeCorrectionForm,
  disciplines: EditDisciplineDto,
  freezes: EditFreezeDto,
};
const EntityParam = () => Param('entity', new ParseEnumPipe(CORRECTABLE));

/**
 * Correcting one record of a person's history from the profile page ("Sửa"/"Xoá" on each row): a
 * page with the record's edit form, pre-filled, and its removal form, each with a required reason;
 * plain forms, so it works without JavaScript. Saved, it returns to the section of the profile page
 * the record is shown in. Only this person's records: the service is told whose it must be.
 */
@Controller('staff/:id/history/:entity/:recordId')
@Roles('hr_officer')
export class CorrectionsPagesController {
  constructor(
    private readonly history: HistoryService,
    private readonly catalogue: CatalogueService,
    private readonly corrections: CorrectionsService,
  ) {}

  @Get()
  @Render(TEMPLATE)
  show(
    @Param('id', ParseUUIDPipe) id: string,
    @EntityParam() entity: Correctable,
    @Param('recordId', ParseUUIDPipe) recordId: string,
    @PageRequest() page: PageRequest,
  ) {
    return this.view(page, id, entity, recordId, {});
  }

  @Post('edit')
  edit(
    @Param('id', ParseUUIDPipe) id: string,
    @EntityParam() entity: Correctable,
    @Param('recordId', ParseUUIDPipe) recordId: string,
    @Body() body: FormBody,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    const of: OfSubject = { kind: 'staff', id };
    const save = (form: object): Promise<unknown> => {
      switch (entity) {
        case 'awards':
          return this.corrections.editAward(recordId, form as AwardCorrectionForm, page.user, of);
        case 'appraisals':
          return this.corrections.editAppraisal(recordId, form as EditAppraisalDto, page.user, of);
        case 'initiatives':
          return this.corrections.editInitiative(recordId, form as InitiativeCorrectionForm, page.user, of);
        case 'disciplines':
          return this.corrections.editDiscipline(recordId, form as EditDisciplineDto, page.user, of);
        case 'freezes':
          return this.corrections.editFreeze(recordId, form as EditFreezeDto, page.user, of);
      }
    };
    return answerForm(page, EDIT_FORMS[entity], body, save, {
      redirectTo: `/staff/${id}/history#${SECTION_OF[entity]}`,
      flash: 'correct',
      template: TEMPLATE,
      model: async (submission) => ({
        ...(await this.view(page, id, entity, recordId, { values: submittedText(body), reason: text(body.reason) })),
        formError: submission.ok ? null : (submission.errors._form ?? null),
      }),
    });
  }

  @Post('remove')
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @EntityParam() entity: Correctable,
    @Param('recordId', ParseUUIDPipe) recordId: string,
    @Body() body: FormBody,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    const save = (form: RemovalForm) => this.corrections.remove(entity, recordId, form, page.user, { kind: 'staff', id });
    return answerForm(page, RemovalForm, body, save, {
      redirectTo: `/staff/${id}/history#${SECTION_OF[entity]}`,
      flash: 'remove',
      template: TEMPLATE,
      model: async () => this.view(page, id, entity, recordId, { removeReason: text(body.reason) }),
      // The removal form's fields are named apart from the edit form's, on the same page.
      errors: (errors) => Object.fromEntries(Object.entries(errors).map(([field, message]) => [`remove-${field}`, message])),
    });
  }

  private async view(
    page: PageRequest,
    id: string,
    entity: Correctable,
    recordId: string,
    typed: { values?: Record<string, string>; reason?: string; removeReason?: string },
  ) {
    const history = await this.history.forStaff(id, page.user);
    const record = findRecord(history, entity, recordId);
    if (!record) {
      throw new NotFound(entity.replace(/s$/u, ''), recordId);
    }
    const awardTypes = (await this.catalogue.list())
      .filter((type) => type.subjects.includes('individual'))
      .map((type) => ({ value: type.code, label: type.name }));
    return correctionView({ history, entity, record, awardTypes, ...typed }, page.lang);
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** A refused form shows what was typed. */
const submittedText = (body: FormBody): Record<string, string> =>
  Object.fromEntries(Object.entries(body).map(([field, value]) => [field, text(value)]));
