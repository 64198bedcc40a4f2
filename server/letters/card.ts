import { crc32 } from 'node:zlib';
import { localeOf } from '../i18n/locales.js';
import { uiContext } from '../plugins/i18n.js';
import type { LetterDocument } from './document.js';
import type { PdfHtmlPool } from '../pdf/html-pool.js';
import type { PdfRenderer } from '../pdf/renderer.js';
import { etagOf, type PdfCache } from './dossier.js';
import { summaryIn } from './stats.js';

/** The share card's size: what Open Graph and Twitter's large card show. */
export const CARD = { width: 1200, height: 630 } as const;

/**
 * The letter's share card (og:image) in the reader's language: its title, laid out by the browser
 * the PDFs use (so Uyghur and Arabic titles are shaped and run right to left), the count and who
 * signed. Shot once per revision and language; the title also goes into the PNG as its Title.
 */
export function letterCard({ cache, html, pdf }: { cache: PdfCache; html: Pick<PdfHtmlPool, 'render'>; pdf: Pick<PdfRenderer, 'screenshot'> }, doc: LetterDocument): Promise<Buffer> {
  return cache.get(etagOf(`card-${doc.ui}`, doc.edition), async () => {
    const model = {
      ...uiContext(localeOf(doc.ui)),
      template: 'card',
      siteName: 'Undersigned',
      title: doc.text.title,
      text: doc.text,
      letter: doc.letter,
      summary: summaryIn(doc.ui, doc.letter.stats),
    };
    const png = await pdf.screenshot((await html.render(model)).html, CARD);
    return withTitle(png, doc.text.title);
  });
}

/**
 * The PNG with an iTXt "Title" chunk (UTF-8, so any script) after its header: what the picture
 * says, for whoever reads images by their metadata. A chunk is its length, type, data and CRC-32.
 */
function withTitle(png: Buffer, title: string): Buffer {
  const data = Buffer.concat([Buffer.from('Title\0\0\0\0\0', 'latin1'), Buffer.from(title, 'utf8')]);
  const type = Buffer.from('iTXt', 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  // The signature (8 bytes) and the IHDR chunk (25) come first.
  const afterHeader = 8 + 25;
  return Buffer.concat([png.subarray(0, afterHeader), length, type, data, crc, png.subarray(afterHeader)]);
}
