import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { type AuthUser } from '../kernel/index.js';
import { ListNotificationsQuery } from './dto/list-notifications.query.js';
import { InboxResponse, MarkedReadResponse, NotificationResponse } from './dto/notification.response.js';
import { NotificationsService } from './notifications.service.js';

/** The signed-in user's own inbox: nobody reads or marks another's (their ids answer 404). */
@ApiTags('notifications')
@Controller('api/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: InboxResponse })
  inbox(@Query() query: ListNotificationsQuery, @CurrentUser() user: AuthUser): Promise<InboxResponse> {
    return this.notifications.inbox(user, query);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: MarkedReadResponse })
  markAllRead(@CurrentUser() user: AuthUser): Promise<MarkedReadResponse> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationResponse })
  @ApiErrors(404)
  markRead(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<NotificationResponse> {
    return this.notifications.markRead(user, id);
  }
}
