import { createHash, randomUUID } from 'node:crypto';
import {
  listStoredDocuments,
  readStoredDocument,
  saveStoredDocument,
  storedDocumentInfo,
  type NewStoredDocument,
} from '../../src/documents/stored-documents.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Stored documents on each database: the bytes come back exactly (bytea), with their sha256 and
 * the template's; a second save of the same part and format keeps the first (a retried render job),
 * unless told to replace it.
 */
describe('stored documents', () => {
  let t: TestApp;
  const TEMPLATE_SHA = createHash('sha256').update('decision.docx template bytes').digest('hex');
  const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

  /** Every byte value, NULs and high bytes included, as a PDF or a zip has them. */
  const binary = (size: number, seed = 0): Buffer => Buffer.from(Array.from({ length: size }, (_, i) => (i * 31 + seed) % 256));
  const document = (overrides: Partial<NewStoredDocument> = {}): NewStoredDocument => ({
    owner: { kind: 'decision', id: randomUUID() },
    part: 'decision',
    format: 'pdf',
    content: binary(70_000),
    templateId: 'decision.docx',
    templateSha256: TEMPLATE_SHA,
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps the bytes exactly, with their sha256 and size, and the template’s id and sha256', async () => {
    const input = document();
    const saved = await saveStoredDocument(t.dataSource.manager, input);
    expect(saved.created).toBe(true);
    expect(saved.document).toMatchObject({
      owner: input.owner,
      part: 'decision',
      format: 'pdf',
      byteSize: 70_000,
      sha256: hex(input.content),
      templateId: 'decision.docx',
      templateSha256: TEMPLATE_SHA,
    });
    const read = await readStoredDocument(t.dataSource.manager, input.owner, 'decision', 'pdf');
    expect(read).toBeDefined();
    expect(Buffer.compare(read!.content, Buffer.from(input.content))).toBe(0);
    expect(read!.sha256).toBe(hex(read!.content));
    const [stored] = (await t.dataSource.query(`SELECT octet_length(content) AS n, sha256 FROM stored_documents WHERE id = $1`, [
      saved.document.id,
    ])) as Array<{ n: number; sha256: string }>;
    expect(stored).toEqual({ n: 70_000, sha256: hex(input.content) });
  });

  it('keeps the first save of a part and format: a retried render returns it, created false', async () => {
    const first = document({ format: 'docx', content: binary(1000, 1) });
    await saveStoredDocument(t.dataSource.manager, first);
    // A DOCX rendered again differs in its zip dates: the stored one stays.
    const again = await saveStoredDocument(t.dataSource.manager, { ...first, content: binary(1000, 2) });
    expect(again.created).toBe(false);
    expect(again.document.sha256).toBe(hex(first.content));
    const read = await readStoredDocument(t.dataSource.manager, first.owner, 'decision', 'docx');
    expect(read!.sha256).toBe(hex(first.content));
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM stored_documents WHERE owner_id = $1`, [
      first.owner.id,
    ])) as Array<{
      n: number;
    }>;
    expect(n).toBe(1);
  });

  it('replaces the stored document when told to (a deliberate re-rendering)', async () => {
    const first = document({ format: 'html', content: Buffer.from('<p>Quyết định</p>') });
    await saveStoredDocument(t.dataSource.manager, first);
    const replacement = Buffer.from('<p>Quyết định số 07/QĐ-SVHTTDL</p>');
    const replaced = await saveStoredDocument(
      t.dataSource.manager,
      { ...first, content: replacement, templateId: 'override/decision.hbs', templateSha256: hex(Buffer.from('override')) },
      { replace: true },
    );
    expect(replaced.created).toBe(true);
    const read = await readStoredDocument(t.dataSource.manager, first.owner, 'decision', 'html');
    expect(read!.content.toString('utf8')).toBe('<p>Quyết định số 07/QĐ-SVHTTDL</p>');
    expect(read).toMatchObject({ templateId: 'override/decision.hbs', sha256: hex(replacement) });
  });

  it('saves the same document from two transactions at once as one row', async () => {
    const input = document({ part: 'list' });
    const saves = await Promise.all(
      [binary(500, 3), binary(500, 4)].map((content) =>
        t.dataSource.transaction((manager) => saveStoredDocument(manager, { ...input, content })),
      ),
    );
    expect(saves.map((save) => save.created).sort()).toEqual([false, true]);
    expect(new Set(saves.map((save) => save.document.sha256)).size).toBe(1);
  });

  it('lists an owner’s documents without their bytes, the decision before the list, HTML, DOCX then PDF', async () => {
    const owner = { kind: 'decision', id: randomUUID() };
    for (const [part, format] of [
      ['list', 'pdf'],
      ['decision', 'pdf'],
      ['list', 'html'],
      ['decision', 'docx'],
      ['decision', 'html'],
    ] as const) {
      await saveStoredDocument(t.dataSource.manager, document({ owner, part, format, content: Buffer.from(`${part}.${format}`) }));
    }
    await saveStoredDocument(t.dataSource.manager, document());
    const listed = await listStoredDocuments(t.dataSource.manager, owner);
    expect(listed.map((info) => `${info.part}.${info.format}`)).toEqual([
      'decision.html',
      'decision.docx',
      'decision.pdf',
      'list.html',
      'list.pdf',
    ]);
    expect(listed.every((info) => !('content' in info))).toBe(true);
    expect(await storedDocumentInfo(t.dataSource.manager, owner, 'list', 'docx')).toBeUndefined();
    expect(await readStoredDocument(t.dataSource.manager, owner, 'list', 'docx')).toBeUndefined();
  });

  it('refuses a template sha256 that is not one, and the database refuses a part it does not know', async () => {
    await expect(saveStoredDocument(t.dataSource.manager, document({ templateSha256: 'abc' }))).rejects.toThrow(
      'templateSha256 must be 64 lowercase hex digits',
    );
    await expect(saveStoredDocument(t.dataSource.manager, document({ part: 'minutes' as unknown as 'list' }))).rejects.toMatchObject({
      code: '23514',
    });
  });
  it('has migrations that undo cleanly and apply again (jobs, stored_documents)', async () => {
    const tables = async () =>
      (
        (await t.dataSource.query(
          `SELECT table_name FROM information_schema.tables WHERE table_name IN ('jobs', 'stored_documents') ORDER BY 1`,
        )) as Array<{
          table_name: string;
        }>
      ).map((row) => row.table_name);
    const applied = async () =>
      ((await t.dataSource.query(`SELECT 1 FROM schema_migrations WHERE name = 'Jobs1796144000000'`)) as unknown[]).length > 0;
    expect(await tables()).toEqual(['jobs', 'stored_documents']);
    while (await applied()) {
      await t.dataSource.undoLastMigration();
    }
    expect(await tables()).toEqual([]);
    await t.dataSource.runMigrations();
    expect(await tables()).toEqual(['jobs', 'stored_documents']);
  });
});
