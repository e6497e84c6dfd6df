import { translate } from '../i18n/translate.js';
import type { Locale } from '../kernel/index.js';
import { pagerFor } from '../common/paging/pager.js';
import type { InboxPage } from './notifications.types.js';

const LOCAL_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "dd/mm/yyyy hh:mm" in Vietnam's time, whatever the server's zone. */
export function localTime(at: Date): string {
  const part = Object.fromEntries(LOCAL_TIME.formatToParts(at).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

/** The inbox page's query as it goes back into its links and forms (the filter kept, page 1 left out). */
export function inboxQuery(unreadOnly: boolean, page: number): string {
  const params = new URLSearchParams();
  if (unreadOnly) {
    params.set('unread', 'true');
  }
  if (page > 1) {
    params.set('page', String(page));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The inbox page: each message with its time in words, whether it is read, and the forms' return address. */
export function inboxModel(lang: Locale, inbox: InboxPage, unreadOnly: boolean, flash: string | null) {
  const back = inboxQuery(unreadOnly, inbox.page);
  return {
    title: translate(lang, 'notifications.title'),
    flash,
    unread: inbox.unread,
    unreadOnly,
    back,
    allHref: '/notifications',
    unreadHref: '/notifications?unread=true',
    items: inbox.items.map((item) => ({
      id: item.id,
      subject: item.subject,
      body: item.body,
      hasLink: item.link !== null,
      createdAt: localTime(item.createdAt),
      createdAtIso: item.createdAt.toISOString(),
      read: item.readAt !== null,
    })),
    pager: pagerFor('/notifications', { unread: unreadOnly ? 'true' : null }, inbox),
  };
}
