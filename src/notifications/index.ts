// Notifications as other features see them: tell the people who must act next, inside the transition's transaction.
//
//   constructor(private readonly notifications: NotificationsService) {}
//   … in the transaction that submits a nomination:
//   await this.notifications.notify(manager, {
//     to: { roles: ['manager'], unitId: nomination.unitId, exceptUserId: actor.id },
//     kind: 'nomination.submitted',
//     subject: `Đề nghị chờ duyệt: ${name} – ${award} ${year}`,
//     body: `${actor.fullName} đã gửi đề nghị …`,
//     link: `/nominations/${id}`,
//   });
//
// Rolled back with the transaction, it told nobody and mailed nobody. Import NotificationsModule in
// the feature's module to inject the service.
export { NotificationsModule } from './notifications.module.js';
export { NotificationsService } from './notifications.service.js';
export type { NotificationMessage, Recipients } from './notifications.types.js';
export { REMINDER_DAYS_BEFORE, dueReminders } from './deadline-reminders.js';
export { UNREAD_BADGE_CAP, unreadCountOf } from './notifications.repository.js';
