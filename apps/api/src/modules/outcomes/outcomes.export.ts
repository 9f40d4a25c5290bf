import ExcelJS from 'exceljs';
import type { OutcomeIndicators } from '@ankomst/contracts';

export const EXPORT_HEADERS = ['Gruppe', 'Botid', 'N', 'I arbeid', 'I utdanning', 'I arbeid eller utdanning'] as const;

/** Suppressed cells are marked, never filled: "< 30" in every figure column, N included. */
function rows(data: OutcomeIndicators): Array<Array<string | number>> {
  const hidden = `< ${data.threshold}`;
  return data.series.flatMap((s) =>
    s.cells.map((c) =>
      c.suppressed
        ? [s.group, c.botid, hidden, hidden, hidden, hidden]
        : [s.group, c.botid, c.n, c.inWork, c.inEducation, c.inWorkOrEducation],
    ),
  );
}

const pct = (v: string | number) => (typeof v === 'number' ? v.toFixed(3).replace('.', ',') : v);

/** CSV for Norwegian Excel: UTF-8 with BOM, semicolons, decimal comma. */
export function indicatorsCsv(data: OutcomeIndicators): Buffer {
  const lines = [
    `# Registerindikatorer etter botid; inndeling: ${data.breakdown}; celler under ${data.threshold} personer er skjult`,
    EXPORT_HEADERS.join(';'),
    ...rows(data).map(([g, b, n, w, e, we]) =>
      [g, b, n, pct(w as number), pct(e as number), pct(we as number)].join(';'),
    ),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function indicatorsXlsx(data: OutcomeIndicators): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Indikatorer');
  sheet.addRow([...EXPORT_HEADERS]);
  sheet.getRow(1).font = { bold: true };
  for (const r of rows(data)) sheet.addRow(r);
  for (const col of [4, 5, 6]) sheet.getColumn(col).numFmt = '0.0%';
  sheet.addRow([]);
  sheet.addRow([
    `Celler under ${data.threshold} personer er skjult. Personår er ikke uavhengige; sammenlign bare ved lik botid.`,
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
