import { randomBytes } from 'node:crypto';
import { bearer, type TestApp } from '../support/test-app.js';
import { zipFile } from './zip.js';

const unique = (): string => randomBytes(3).toString('hex');

export interface CampaignInput {
  name: string;
  kind: 'annual' | 'thematic';
  year: number;
  startsOn: string;
  endsOn: string;
  issuerId?: string | null;
  launchDocument?: string | null;
}

export const buildCampaign = (overrides: Partial<CampaignInput> = {}): CampaignInput => ({
  name: `Phong trào thi đua năm 2025 (${unique()})`,
  kind: 'annual',
  year: 2025,
  startsOn: '2025-01-15',
  endsOn: '2025-12-31',
  ...overrides,
});

/** A campaign created through the API (by the admin unless a token is given). */
export async function createCampaign(
  t: TestApp,
  overrides: Partial<CampaignInput> = {},
  token = t.adminToken,
): Promise<{ id: string; name: string; year: number }> {
  const res = await t.http().post('/api/campaigns').set(bearer(token)).send(buildCampaign(overrides)).expect(201);
  return res.body as { id: string; name: string; year: number };
}

/** The smallest package Word would recognise as a document: the content types and the main part. */
export const docxBytes = (text = 'Báo cáo thành tích'): Buffer =>
  zipFile([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>', 'utf8') },
    { name: '_rels/.rels', data: Buffer.from('<?xml version="1.0"?><Relationships/>', 'utf8') },
    { name: 'word/document.xml', data: Buffer.from(`<?xml version="1.0"?><w:document><w:t>${text}</w:t></w:document>`, 'utf8') },
  ]);

/** A PNG signature and the start of its header chunk: enough for the content check. */
export const pngBytes = (): Buffer => Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** A JPEG's start of image and APP0 marker. */
export const jpegBytes = (): Buffer => Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex');

/** A nomination inserted as the nominations feature would write it (its API is another branch's). */
export async function insertNomination(
  t: TestApp,
  values: {
    staffId: string;
    unitId: string;
    proposedBy: string;
    state?: string;
    campaignId?: string | null;
    awardType?: string;
    year?: number;
  },
): Promise<string> {
  const [{ id }] = (await t.dataSource.query(
    `INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, achievements, proposed_by, state, campaign_id)
     VALUES ($1, $2, $3, $4, 'Hoàn thành xuất sắc nhiệm vụ', $5, $6, $7) RETURNING id`,
    [
      values.year ?? 2025,
      values.awardType ?? 'LDTT',
      values.staffId,
      values.unitId,
      values.proposedBy,
      values.state ?? 'draft',
      values.campaignId ?? null,
    ],
  )) as Array<{ id: string }>;
  return id;
}
