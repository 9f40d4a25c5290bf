import ExcelJS from 'exceljs';

/** One payroll row: what the municipality's payroll system needs per participant and run. */
export interface PayrollRow {
  lastName: string;
  firstName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** YYYY-MM */
  month: string;
  sequence: number;
  gross: number;
  deductions: number;
  offsets: number;
  net: number;
  decisionRequired: boolean;
}

export const PAYROLL_HEADERS = [
  'Etternavn',
  'Fornavn',
  'Fødselsdato',
  'Måned',
  'Kjøring',
  'Brutto',
  'Trekk',
  'Samordning',
  'Netto',
  'Vedtak kreves',
] as const;

const norwegianDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
/** 1234.5 → "1234,50": decimal comma, no thousands separator, so Norwegian Excel reads a number. */
export const decimalComma = (n: number) => n.toFixed(2).replace('.', ',');

/** Quotes a text field when needed, and defuses spreadsheet formulas (a name starting with = + - @). */
function textField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV for Norwegian Excel: UTF-8 with BOM, semicolon separator, decimal comma, CRLF line ends. */
export function payrollCsv(rows: readonly PayrollRow[]): Buffer {
  const lines = [PAYROLL_HEADERS.join(';')];
  for (const r of rows) {
    lines.push(
      [
        textField(r.lastName),
        textField(r.firstName),
        norwegianDate(r.birthDate),
        r.month,
        String(r.sequence),
        decimalComma(r.gross),
        decimalComma(r.deductions),
        decimalComma(r.offsets),
        decimalComma(r.net),
        r.decisionRequired ? 'Ja' : 'Nei',
      ].join(';'),
    );
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

/** The same rows as an Excel workbook (amounts as numbers with two decimals, birth date as a date). */
export async function payrollXlsx(rows: readonly PayrollRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ankomst';
  const sheet = workbook.addWorksheet('Utbetaling');
  sheet.columns = PAYROLL_HEADERS.map((header, i) => ({ header, key: `c${i}`, width: i < 2 ? 22 : 14 }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow([
      r.lastName,
      r.firstName,
      new Date(`${r.birthDate}T00:00:00Z`),
      r.month,
      r.sequence,
      r.gross,
      r.deductions,
      r.offsets,
      r.net,
      r.decisionRequired ? 'Ja' : 'Nei',
    ]);
  }
  sheet.getColumn(3).numFmt = 'dd.mm.yyyy';
  for (const c of [6, 7, 8, 9]) sheet.getColumn(c).numFmt = '#,##0.00';
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
