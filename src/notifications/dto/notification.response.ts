import { ApiProperty } from '@nestjs/swagger';
import { ApiId, ApiList, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import type { InboxPage, NotificationView } from '../notifications.types.js';

export class NotificationResponse {
  @ApiId()
  id!: string;

  @ApiProperty({ example: 'nomination.submitted', description: 'What happened' })
  kind!: string;

  @ApiProperty({ example: 'Đề nghị chờ duyệt: Nguyễn Văn An – Lao động tiên tiến 2025' })
  subject!: string;

  @ApiProperty()
  body!: string;

  @ApiNullable(String, { description: 'A path of this site to act on it', example: '/nominations/…' })
  link!: string | null;

  @ApiTimestamp()
  createdAt!: Date;

  @ApiTimestamp({ nullable: true, description: 'null while unread' })
  readAt!: Date | null;
}

export class InboxResponse {
  @ApiProperty({ description: 'How many of all the user’s messages are unread' })
  unread!: number;

  @ApiList(() => NotificationResponse)
  items!: NotificationResponse[];

  @ApiProperty({ description: 'Messages in the list asked for (all, or the unread ones)' })
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;
}

export class MarkedReadResponse {
  @ApiProperty({ description: 'Messages marked read now' })
  marked!: number;
}

export type NotificationResponseAgrees = Agrees<SameShape<NotificationResponse, NotificationView>>;
export type InboxResponseAgrees = Agrees<SameShape<InboxResponse, InboxPage>>;
