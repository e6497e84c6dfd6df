import type { Provider } from '@nestjs/common';
import { RUNTIME, type Runtime } from '../config/runtime.js';
import { type MailSender, senderAddress, smtpSender } from './mailer.js';

/** The mail sender, or null when SMTP_URL is not set: then nothing is mailed and the inbox works alone. */
export const MAIL_SENDER = Symbol('MAIL_SENDER');

export const mailSenderProvider: Provider = {
  provide: MAIL_SENDER,
  useFactory: (runtime: Runtime): MailSender | null =>
    runtime.env.SMTP_URL ? smtpSender(runtime.env.SMTP_URL, senderAddress(runtime.env)) : null,
  inject: [RUNTIME],
};
