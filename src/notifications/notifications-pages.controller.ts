import { Controller, Get, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { FlashQuery, withFlash } from '../common/views/flash.js';
import { translate } from '../i18n/translate.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest, redirectTo } from '../common/views/page-request.js';
import { ListNotificationsQuery } from './dto/list-notifications.query.js';
import { NotificationsService } from './notifications.service.js';
import { inboxModel, inboxQuery } from './notifications.views.js';

/**
 * The inbox of the signed-in user (every role): newest first, unread ones marked, each opened or
 * marked read with a small form (CSRF, no script), all of them at once. Another user's message is a 404.
 */
@Controller('notifications')
export class NotificationsPagesController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Render('pages/notifications/inbox')
  async inbox(
    @QueryOrDefaults(ListNotificationsQuery) query: ListNotificationsQuery,
    @QueryOrDefaults(FlashQuery) flash: FlashQuery,
    @PageRequest() { lang, user }: PageRequest,
  ) {
    const inbox = await this.notifications.inbox(user, query);
    return inboxModel(lang, inbox, query.unread === true, flash.saved ? translate(lang, 'notifications.allMarked') : null);
  }

  /** Marked read, back to the same list and page. */
  @Post(':id/read')
  async markRead(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(ListNotificationsQuery) query: ListNotificationsQuery,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    await this.notifications.markRead(page.user, id);
    return redirectTo(page, `/notifications${inboxQuery(query.unread === true, query.page)}`);
  }

  /** Marked read, and on to what it is about (a path of this site: the table allows no other). */
  @Post(':id/open')
  async open(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const notification = await this.notifications.markRead(page.user, id);
    return redirectTo(page, notification.link ?? '/notifications');
  }

  @Post('read-all')
  async markAllRead(
    @QueryOrDefaults(ListNotificationsQuery) query: ListNotificationsQuery,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    await this.notifications.markAllRead(page.user);
    return redirectTo(page, withFlash(`/notifications${inboxQuery(query.unread === true, 1)}`, '1'));
  }
}
