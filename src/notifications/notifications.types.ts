import type { Role } from '../kernel/index.js';

/**
 * Who a message goes to: the users named, and the active users holding one of `roles` whose unit
 * scope covers `unitId` (a user limited to units covers them and their sub-units; a user limited to
 * none, and an admin holding the role, covers every unit). Without `unitId`, everyone holding one of
 * the roles. `exceptUserId` (the actor) is left out whichever way they were named. Inactive users
 * never receive anything.
 */
export interface Recipients {
  userIds?: readonly string[];
  roles?: readonly Role[];
  unitId?: string;
  exceptUserId?: string;
}

/** A message for the people who must act next, as the caller words it (Vietnamese first: the service is). */
export interface NotificationMessage {
  to: Recipients;
  /** What happened, for filters and tests: `nomination.submitted`, `deadline.reminder`… (≤ 60 characters). */
  kind: string;
  /** ≤ 300 characters. */
  subject: string;
  body: string;
  /** A path of this site (`/nominations/…`), never another origin. */
  link?: string;
  /**
   * Sent once per user and key, however many times it is sent (a reminder several processes send):
   * a user who already has a message with this key gets no second one, nor a second e-mail.
   */
  dedupeKey?: string;
}

/** One message of an inbox, as the API answers it. */
export interface NotificationView {
  id: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** A page of one user's inbox, with how many of all their messages are unread. */
export interface InboxPage {
  unread: number;
  items: NotificationView[];
  total: number;
  page: number;
  pageSize: number;
}
