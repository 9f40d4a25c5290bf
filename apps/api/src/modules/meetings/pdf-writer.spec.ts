import { encodeWinAnsi, extractPdfText, renderPdf, textWidth, wrapText } from './pdf-writer';

/** Checks the file structure a PDF reader relies on: xref offsets, stream lengths, trailer. */
function assertWellFormed(pdf: Buffer): void {
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref)) ?? [];
  expect(first).toBe('0');
  const entries = text
    .slice(startxref)
    .split('\n')
    .slice(2, 2 + Number(count));
  entries.slice(1).forEach((entry, i) => {
    expect(entry).toMatch(/^\d{10} 00000 n $/);
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
  });
  for (const m of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    expect(text.slice(start + Number(m[1]), start + Number(m[1]) + 10)).toBe('\nendstream');
  }
  expect(text).toMatch(new RegExp(`trailer\\n<< /Size ${count} /Root 1 0 R /Info \\d+ 0 R >>`));
}

describe('PDF writer', () => {
  it('encodes Norwegian letters and typographic marks in WinAnsi, unknown characters as ?', () => {
    expect([...encodeWinAnsi('æøåÆØÅ')]).toEqual([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5]);
    expect([...encodeWinAnsi('– “” €')]).toEqual([0x96, 0x20, 0x93, 0x94, 0x20, 0x80]);
    expect([...encodeWinAnsi('中')]).toEqual([0x3f]);
  });

  it('measures with Helvetica widths and wraps within the line, breaking words longer than a line', () => {
    expect(textWidth('Hei', 'regular', 10)).toBeCloseTo(((722 + 556 + 222) / 1000) * 10);
    const lines = wrapText('Deltakeren ønsker å begynne på fagskole til høsten', 'regular', 11, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 'regular', 11)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Deltakeren ønsker å begynne på fagskole til høsten');
    const long = wrapText('x'.repeat(200), 'regular', 11, 100);
    expect(long.join('')).toBe('x'.repeat(200));
    expect(wrapText('a\n\nb', 'regular', 11, 100)).toEqual(['a', '', 'b']);
  });

  it('writes a well-formed single-page file with the text in order', () => {
    const pdf = renderPdf(
      [{ text: 'Referat', font: 'bold', size: 18 }, { text: 'Møtet ble holdt på Rådhuset (sal 2) \\ ok' }],
      { title: 'Referat', footer: (p, n) => `side ${p} av ${n}` },
    );
    assertWellFormed(pdf);
    expect(extractPdfText(pdf)).toEqual(['Referat', 'Møtet ble holdt på Rådhuset (sal 2) \\ ok', 'side 1 av 1']);
    expect(pdf.toString('latin1')).toContain('/Count 1');
  });

  it('flows long text onto more pages with correct footers', () => {
    const blocks = Array.from({ length: 120 }, (_, i) => ({ text: `Linje ${i + 1}: æøå` }));
    const pdf = renderPdf(blocks, { title: 'Lang', footer: (p, n) => `side ${p} av ${n}` });
    assertWellFormed(pdf);
    const text = extractPdfText(pdf);
    expect(text).toContain('Linje 120: æøå');
    expect(text).toContain('side 3 av 3');
    expect(pdf.toString('latin1')).toContain('/Count 3');
  });
});
