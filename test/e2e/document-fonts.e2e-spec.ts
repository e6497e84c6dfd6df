import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The HTML documents name Tinos at /assets/fonts/…: the app serves the four faces from memory,
 * without a session (a printed preview loads them like the page's own style sheet), and nothing else.
 */
describe('document fonts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const tinos = (file: string): Buffer => readFileSync(createRequire(import.meta.url).resolve(`@expo-google-fonts/tinos/${file}`));

  it.each([
    ['Tinos-Regular.ttf', '400Regular/Tinos_400Regular.ttf'],
    ['Tinos-Italic.ttf', '400Regular_Italic/Tinos_400Regular_Italic.ttf'],
    ['Tinos-Bold.ttf', '700Bold/Tinos_700Bold.ttf'],
    ['Tinos-BoldItalic.ttf', '700Bold_Italic/Tinos_700Bold_Italic.ttf'],
  ])('serves %s, the package’s own bytes, cached', async (name, file) => {
    const res = await t
      .http()
      .get(`/assets/fonts/${name}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('font/ttf');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(Buffer.compare(res.body as Buffer, tinos(file))).toBe(0);
  });

  it.each(['Tinos.ttf', '..%2Fpackage.json', 'Tinos_400Regular.ttf', '%2E%2E%2F%2E%2E%2Fpackage.json'])(
    'answers 404 for %s',
    async (name) => {
      await t.http().get(`/assets/fonts/${name}`).expect(404);
    },
  );
});
