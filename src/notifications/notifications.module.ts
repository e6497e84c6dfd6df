import { Module } from '@nestjs/common';
import { mailSenderProvider } from './mail-sender.provider.js';
import { NotificationsPagesController } from './notifications-pages.controller.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';

/** The inbox, the e-mail of its messages (when SMTP_URL is set) and the daily deadline reminder. */
@Module({
  controllers: [NotificationsController, NotificationsPagesController],
  providers: [NotificationsService, mailSenderProvider],
  exports: [NotificationsService],
})
export class NotificationsModule {}
