import { ATTACHMENT_MEDIA_TYPES_IN_SCHEMA } from '../../migrations/1796152000000-Campaigns.js';
import { DOCUMENT_MEDIA_TYPES } from '../common/uploads/media-type.js';

describe('the attachments table', () => {
  it('accepts in its CHECK exactly the media types the content check judges (migrations may not import the code: a copy)', () => {
    expect([...ATTACHMENT_MEDIA_TYPES_IN_SCHEMA]).toEqual([...DOCUMENT_MEDIA_TYPES]);
  });
});
