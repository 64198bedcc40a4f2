import * as mupdf from 'mupdf';
import type supertest from 'supertest';

type TestAgent = ReturnType<typeof supertest>;

/**
 * What a reader gets out of a PDF, read with MuPDF (compiled to WebAssembly, from npm): no
 * system tool. MuPDF honours the ActualText that Chromium writes for clusters whose glyphs map
 * to no character (Tibetan vowel signs, for one), as a copy and paste or a screen reader would.
 */
export interface PdfFont {
  name: string;
  subtype: string;
  /** The glyphs are in the file (a font program, or Type 3 glyph procedures): it looks the same everywhere. */
  embedded: boolean;
}

export function readPdf(bytes: Uint8Array): { text: string; fonts: PdfFont[] } {
  const document = mupdf.Document.openDocument(bytes, 'application/pdf');
  try {
    const pdf = document.asPDF();
    if (!pdf) throw new Error('not a PDF');
    const pages: string[] = [];
    const fonts = new Map<string, PdfFont>();
    for (let i = 0; i < pdf.countPages(); i++) {
      const page = pdf.loadPage(i) as mupdf.PDFPage;
      pages.push(page.toStructuredText('preserve-whitespace').asText());
      collectFonts(page.getObject().getInheritable('Resources'), fonts, new Set());
    }
    // Pages apart as pdftotext puts them: a form feed.
    return { text: pages.join('\f'), fonts: [...fonts.values()] };
  } finally {
    document.destroy();
  }
}

/** Every font of a resource dictionary, and of the forms (XObjects) it draws. */
function collectFonts(resources: mupdf.PDFObject, fonts: Map<string, PdfFont>, seen: Set<number>) {
  entry(resources, 'Font').forEach((ref) => {
    const key = ref.isIndirect() ? `obj ${ref.asIndirect()}` : `direct ${fonts.size}`;
    if (!fonts.has(key)) fonts.set(key, describeFont(ref.resolve()));
  });
  entry(resources, 'XObject').forEach((ref) => {
    if (ref.isIndirect()) {
      if (seen.has(ref.asIndirect())) return;
      seen.add(ref.asIndirect());
    }
    const xobject = ref.resolve();
    if (nameOf(entry(xobject, 'Subtype')) === 'Form') collectFonts(entry(xobject, 'Resources'), fonts, seen);
  });
}

function describeFont(font: mupdf.PDFObject): PdfFont {
  const subtype = nameOf(entry(font, 'Subtype')) ?? '[none]';
  const name = nameOf(entry(font, 'BaseFont')) ?? '[none]';
  if (subtype === 'Type3') return { name, subtype, embedded: true };
  // A composite font's glyphs are in its descendant's descriptor.
  const descriptor = subtype === 'Type0' ? entry(entry(entry(font, 'DescendantFonts'), 0), 'FontDescriptor') : entry(font, 'FontDescriptor');
  const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((file) => !entry(descriptor, file).isNull());
  return { name, subtype, embedded };
}

/** A dictionary's or an array's entry, or null when it or the container is absent (MuPDF's get throws on null). */
const entry = (object: mupdf.PDFObject, key: string | number) => (object.isNull() ? object : object.get(key));

const nameOf = (object: mupdf.PDFObject) => (object.isName() ? object.asName() : undefined);

/** GET a PDF through supertest, its body as bytes (supertest parses only text by default). */
export function getPdf(http: TestAgent, path: string) {
  return http
    .get(path)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
}
