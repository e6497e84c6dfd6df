import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { Roles } from '../../common/access/decorators.js';
import { assertSubjectsInScope } from '../../common/access/scope.js';
import { foldForSearch } from '../../common/text/vietnamese.js';
import { NormalizedOptional } from '../../common/validation/trim.js';
import { answerForm, type FormBody } from '../../common/views/form-submission.js';
import { QueryOrDefaults } from '../../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../../common/views/page-request.js';
import { translate } from '../../i18n/translate.js';
import { UnitsService } from '../../units/index.js';
import { checkSamePerson } from '../plausibility.js';
import { staffBornOn } from '../staff.repository.js';
import { StaffService, type StaffView } from '../staff.service.js';
import { StaffMergeService } from './staff-merge.service.js';
import { RECORD_CODE_PATTERN, type AuthUser, type Locale } from '../../kernel/index.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** `?other=CODE`: the duplicate to confirm; a value that does not pass is ignored. */
export class MergePageQuery {
  @NormalizedOptional()
  @IsOptional()
  @Matches(RECORD_CODE_PATTERN)
  other?: string;
}

/** The confirmed merge: the duplicate's id (the page's record survives). */
export class MergePageForm {
  @IsUUID()
  mergeId!: string;
}

const TEMPLATE = 'pages/staff/merge';

/**
 * "Gộp hồ sơ trùng" from a staff member's detail page: find the duplicate (by code, or among those of
 * the same name and birth date), see both records side by side, confirm; the page's record survives.
 */
@Controller('staff/:id/merge')
@Roles('hr_officer')
export class StaffMergePagesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffService,
    private readonly units: UnitsService,
    private readonly merges: StaffMergeService,
  ) {}

  @Get()
  @Render(TEMPLATE)
  async show(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(MergePageQuery) query: MergePageQuery,
    @PageRequest() { lang, user }: PageRequest,
  ) {
    return this.model(lang, user, id, query.other ?? null);
  }

  @Post()
  merge(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, MergePageForm, body, (form) => this.merges.merge({ keepId: id, mergeId: form.mergeId }, page.user), {
      redirectTo: (result) => `/staff/${result.kept.id}`,
      template: TEMPLATE,
      model: async (submission) => {
        const other = submission.value ? (await this.staff.get(submission.value.mergeId, page.user).catch(() => null))?.code : null;
        return {
          ...(await this.model(page.lang, page.user, id, other ?? null)),
          formError: submission.ok ? null : (submission.errors._form ?? null),
        };
      },
      errors: (errors) => ({ ...errors, _form: errors._form ?? Object.values(errors)[0] }),
    });
  }

  private async model(lang: Locale, user: AuthUser, id: string, otherCode: string | null) {
    const kept = await this.staff.get(id, user);
    const preview = otherCode === null ? null : await this.merges.preview(id, otherCode, user);
    return {
      title: translate(lang, 'staffMerge.title', { code: kept.code }),
      kept: await this.described(kept, user),
      otherCode: otherCode ?? '',
      notFound: otherCode !== null && preview === null,
      candidates: preview === null ? await this.candidates(kept, user) : [],
      preview:
        preview === null
          ? null
          : {
              merged: await this.described(preview.merged, user),
              keptHistory: preview.keptHistory,
              mergedHistory: preview.mergedHistory,
              swapHref: `/staff/${preview.merged.id}/merge?other=${encodeURIComponent(kept.code)}`,
            },
      formError: null,
      alert: null,
    };
  }

  /** Others of the same name and birth date, within the user's units. */
  private async candidates(kept: StaffView, user: AuthUser): Promise<Array<{ code: string; fullName: string; href: string }>> {
    const born = kept.dateOfBirth ? await staffBornOn(this.dataSource.manager, [kept.dateOfBirth]) : [];
    const twins = checkSamePerson(kept, born, foldForSearch).warnings.map((w) => String(w.params.code));
    const visible = [];
    for (const twin of born.filter((b) => twins.includes(b.code))) {
      const inScope = await assertSubjectsInScope(this.dataSource.manager, user, { staffIds: [twin.id] }).then(
        () => true,
        () => false,
      );
      if (inScope) {
        visible.push({ code: twin.code, fullName: twin.fullName, href: `/staff/${kept.id}/merge?other=${encodeURIComponent(twin.code)}` });
      }
    }
    return visible;
  }

  private async described(staff: StaffView, user: AuthUser) {
    const unit = await this.units.get(staff.unitId, user).catch(() => null);
    return { ...staff, unitName: unit?.name ?? '' };
  }
}
