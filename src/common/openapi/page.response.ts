import { type Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ApiList } from './response-fields.js';

/** The fields of every paged answer (`Page<T>` in common/paging), as a base for one response class per item type. */
export function PageResponseOf<Item>(item: Type<Item>) {
  abstract class PageResponse {
    @ApiList(() => item)
    items!: Item[];

    @ApiProperty({ type: 'integer', description: 'Items matching the query, over all pages' })
    total!: number;

    @ApiProperty({ type: 'integer', minimum: 1 })
    page!: number;

    @ApiProperty({ type: 'integer', minimum: 1 })
    pageSize!: number;
  }
  return PageResponse;
}
