import { execFile, spawn } from 'node:child_process';
import { accessSync, constants, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { DocumentRendererUnavailable } from './documents.errors.js';

/**
 * LibreOffice's PDF export as PDF/A-2b (`SelectPdfVersion` 2), in the JSON filter syntax of
 * LibreOffice ≥ 7.4. Not tagged: tagging makes the file ten times larger and adds nothing the
 * archive needs.
 */
const PDF_A2B_FILTER = `pdf:writer_pdf_Export:${JSON.stringify({ SelectPdfVersion: { type: 'long', value: '2' } })}`;

/** Letters LibreOffice's Liberation Serif 1.07 lacks (the 2.x fonts have them): a font without them prints boxes. */
export const VIETNAMESE_PROBE = 'ơưảạẫẵặẻẽẹềểễệỉịỏọồổỗộờởỡợủụừửữựỳỷỹỵ';

export interface PdfConverterOptions {
  /** The `soffice` binary; by default `SOFFICE_PATH`, else the first `soffice` on PATH. */
  soffice?: string;
  /** Milliseconds one conversion may take before LibreOffice is killed (the first, cold one included). */
  timeoutMs?: number;
  /** The LibreOffice profile folder, kept between conversions (a cold profile costs about 1.5 s). */
  profileDir?: string;
}

/**
 * DOCX → PDF/A-2b through LibreOffice headless. One profile folder per process, kept between calls;
 * conversions in one process run one after another (two `soffice` on one profile fight over its lock,
 * and each takes up to ~210 MB); each one has a timeout that kills LibreOffice's whole process group;
 * its temporary folder is removed whatever happens. A missing LibreOffice, or a Times New Roman
 * substitute without Vietnamese glyphs, raises DocumentRendererUnavailable (503) naming the packages.
 */
export class PdfConverter {
  private readonly soffice: string | null;
  private readonly timeoutMs: number;
  private readonly profileDir: string;
  private fontsChecked: Promise<void> | undefined;

  constructor(options: PdfConverterOptions = {}) {
    this.soffice = findSoffice(options.soffice);
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.profileDir = options.profileDir ?? join(tmpdir(), `commendation-soffice-profile-${process.pid}`);
  }

  /** True when LibreOffice is installed (the fonts are checked on the first conversion). */
  get available(): boolean {
    return this.soffice !== null;
  }

  /** The PDF/A-2b bytes of a DOCX. */
  toPdfA(docx: Uint8Array): Promise<Buffer> {
    const run = (queues.get(this.profileDir) ?? Promise.resolve()).then(() => this.convert(docx));
    // The next conversion on this profile waits for this one whatever its outcome.
    queues.set(
      this.profileDir,
      run.catch(() => undefined),
    );
    return run;
  }

  private async convert(docx: Uint8Array): Promise<Buffer> {
    if (this.soffice === null) {
      throw new DocumentRendererUnavailable('soffice not found');
    }
    this.fontsChecked ??= checkSerifFont();
    await this.fontsChecked;
    if (!profiles.has(this.profileDir)) {
      profiles.add(this.profileDir);
      await mkdir(this.profileDir, { recursive: true });
    }
    const work = await mkdtemp(join(tmpdir(), 'commendation-pdf-'));
    try {
      const input = join(work, 'document.docx');
      await writeFile(input, docx);
      await runWithTimeout(
        this.soffice,
        [
          `-env:UserInstallation=${pathToFileURL(this.profileDir).href}`,
          '--headless',
          '--norestore',
          '--nolockcheck',
          '--nodefault',
          '--convert-to',
          PDF_A2B_FILTER,
          '--outdir',
          work,
          input,
        ],
        this.timeoutMs,
      );
      return await readFile(join(work, 'document.pdf')).catch(() => {
        throw new Error('LibreOffice wrote no PDF');
      });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
}

/** The conversions waiting per profile folder: every converter of the process on one profile shares its queue. */
const queues = new Map<string, Promise<unknown>>();

/** The profile folders this process made: removed when it exits (they are per process, never shared). */
const profiles = new Set<string>();
process.once('exit', () => {
  for (const folder of profiles) {
    rmSync(folder, { recursive: true, force: true });
  }
});

let shared: PdfConverter | undefined;

/** The process's converter: one profile and one queue for every caller. */
export function pdfConverter(): PdfConverter {
  shared ??= new PdfConverter();
  return shared;
}

function findSoffice(given: string | undefined): string | null {
  const configured = given ?? process.env.SOFFICE_PATH;
  const candidates = configured ? [configured] : (process.env.PATH ?? '').split(delimiter).map((folder) => join(folder, 'soffice'));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not there: the next folder of PATH
    }
  }
  return null;
}

/**
 * The font LibreOffice prints Times New Roman with (its own table maps it to Liberation Serif; a
 * fontconfig alias is ignored) must carry every Vietnamese letter: Debian's fonts-liberation 1.07 lacks 92.
 */
export async function serifFontFile(): Promise<string | null> {
  const file = await new Promise<string>((resolve) =>
    execFile('fc-match', ['-f', '%{file}', 'Liberation Serif'], { timeout: 10_000 }, (error, stdout) => resolve(error ? '' : stdout)),
  );
  return file.trim() === '' ? null : file.trim();
}

export function fontHasEveryGlyph(bytes: Uint8Array, text: string): boolean {
  const font = fontkit.create(bytes);
  return [...text].every((char) => font.hasGlyphForCodePoint(char.codePointAt(0)!));
}

async function checkSerifFont(): Promise<void> {
  const file = await serifFontFile();
  if (file === null || !/liberation/i.test(file)) {
    throw new DocumentRendererUnavailable(`Liberation Serif not installed${file ? ` (fontconfig gives ${file})` : ''}`);
  }
  if (!fontHasEveryGlyph(await readFile(file), VIETNAMESE_PROBE)) {
    throw new DocumentRendererUnavailable(`${file} lacks Vietnamese letters (Liberation 1.x)`);
  }
}

/** Runs LibreOffice in its own process group, so a timeout kills soffice.bin too, not only the wrapper script. */
function runWithTimeout(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(new Error(`LibreOffice took longer than ${timeoutMs} ms and was stopped`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`LibreOffice failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
      }
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) {
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
