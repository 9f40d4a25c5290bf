/**
 * A small, dependency-free PDF 1.4 writer for plain text documents (the printable meeting minutes). It uses the
 * standard Helvetica fonts with WinAnsiEncoding, so Norwegian letters (æ, ø, å) print correctly without embedding a
 * font; text is wrapped by the fonts' real glyph widths and flows onto new A4 pages, with "side n av m" footers.
 */

/** Helvetica glyph widths (1/1000 em) for WinAnsi codes 32–126, from the standard AFM metrics. */
const HELVETICA_ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
/** Helvetica-Bold glyph widths for WinAnsi codes 32–126. */
const HELVETICA_BOLD_ASCII = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
  556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
  280, 389, 584,
];
/** Widths of the Latin-1 letters a Norwegian text needs most; other upper-half glyphs use 556 (a close average). */
const LATIN1_WIDTHS: Record<number, [regular: number, bold: number]> = {
  0xc5: [667, 722],
  0xc6: [1000, 1000],
  0xd8: [778, 778],
  0xe5: [556, 556],
  0xe6: [889, 889],
  0xf8: [611, 611],
  0xc4: [667, 722],
  0xd6: [778, 778],
  0xdc: [722, 722],
  0xe4: [556, 556],
  0xf6: [556, 611],
  0xfc: [556, 611],
  0xe9: [556, 556],
  0xe8: [556, 556],
  0xc9: [667, 667],
  0xa0: [278, 278],
  0xb7: [278, 278],
  0x96: [556, 556],
  0x97: [1000, 1000],
  0x95: [350, 350],
  0x91: [222, 278],
  0x92: [222, 278],
  0x93: [333, 500],
  0x94: [333, 500],
  0x85: [1000, 1000],
  0x80: [556, 556],
};

/** Unicode code points that WinAnsi (Windows-1252) places in 0x80–0x9F. */
const WIN_ANSI_EXTRA: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/** One character as a WinAnsi byte; characters the encoding lacks become "?". */
export function winAnsiByte(char: string): number {
  const cp = char.codePointAt(0) ?? 0x3f;
  if (cp === 0x09) return 0x20;
  if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff)) return cp;
  return WIN_ANSI_EXTRA[cp] ?? 0x3f;
}

export function encodeWinAnsi(text: string): Buffer {
  return Buffer.from(Array.from(text, winAnsiByte));
}

type FontName = 'regular' | 'bold';

function glyphWidth(byte: number, font: FontName): number {
  if (byte >= 32 && byte <= 126) return (font === 'bold' ? HELVETICA_BOLD_ASCII : HELVETICA_ASCII)[byte - 32] ?? 556;
  const known = LATIN1_WIDTHS[byte];
  return known ? known[font === 'bold' ? 1 : 0] : 556;
}

export function textWidth(text: string, font: FontName, size: number): number {
  let units = 0;
  for (const byte of encodeWinAnsi(text)) units += glyphWidth(byte, font);
  return (units / 1000) * size;
}

/** Splits a paragraph into lines no wider than `maxWidth`; a word longer than a line is broken by characters. */
export function wrapText(text: string, font: FontName, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, font, size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (textWidth(rest, font, size) > maxWidth) {
        let cut = rest.length - 1;
        while (cut > 1 && textWidth(rest.slice(0, cut), font, size) > maxWidth) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export interface PdfBlock {
  text: string;
  font?: FontName;
  size?: number;
  /** Extra space above the block, in points. */
  spaceBefore?: number;
}

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 56;

interface PlacedLine {
  text: string;
  font: FontName;
  size: number;
  y: number;
}

/** Lays the blocks out on A4 pages and returns the finished PDF file. */
export function renderPdf(
  blocks: PdfBlock[],
  meta: { title: string; footer?: (page: number, pages: number) => string; createdAt?: Date },
): Buffer {
  const pages: PlacedLine[][] = [[]];
  let y = PAGE_HEIGHT - MARGIN;
  const bottom = MARGIN + 24;
  for (const block of blocks) {
    const font = block.font ?? 'regular';
    const size = block.size ?? 11;
    const leading = size * 1.35;
    y -= block.spaceBefore ?? 0;
    for (const text of wrapText(block.text, font, size, PAGE_WIDTH - 2 * MARGIN)) {
      if (y - size < bottom) {
        pages.push([]);
        y = PAGE_HEIGHT - MARGIN;
      }
      y -= size;
      pages[pages.length - 1]!.push({ text, font, size, y });
      y -= leading - size;
    }
  }

  const objects: Buffer[] = [];
  const add = (body: Buffer | string): number => {
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objects.length;
  };
  const hex = (text: string) => `<${encodeWinAnsi(text).toString('hex').toUpperCase()}>`;
  const catalog = add('');
  const pageTree = add('');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const pageIds: number[] = [];
  pages.forEach((lines, index) => {
    const ops = lines.map(
      (l) => `BT /${l.font === 'bold' ? 'F2' : 'F1'} ${l.size} Tf ${MARGIN} ${l.y.toFixed(2)} Td ${hex(l.text)} Tj ET`,
    );
    const footer = meta.footer?.(index + 1, pages.length);
    if (footer) ops.push(`BT /F1 9 Tf ${MARGIN} ${(MARGIN - 20).toFixed(2)} Td ${hex(footer)} Tj ET`);
    const stream = Buffer.from(ops.join('\n'), 'latin1');
    const content = add(
      Buffer.concat([
        Buffer.from(`<< /Length ${stream.length} >>\nstream\n`, 'latin1'),
        stream,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  });
  objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pageTree} 0 R >>`, 'latin1');
  objects[pageTree - 1] = Buffer.from(
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
    'latin1',
  );
  const created = meta.createdAt ?? new Date();
  const stamp = created.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const info = add(`<< /Title ${hex(meta.title)} /Producer (Ankomst) /CreationDate (D:${stamp}Z) >>`);

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const chunk = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  chunks.push(
    Buffer.from(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(chunks);
}

/** The text shown by a PDF made here, in reading order (for tests: decodes the hex strings of each `Tj`). */
export function extractPdfText(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return Array.from(text.matchAll(/<([0-9A-F]*)> Tj/g), (m) => Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
}
