import { parse } from 'csv-parse/sync';
import { AppError, because } from './errors.js';

/** A row of pasted CSV: its values by column, and its line in the text (the header is line 1). */
export interface CsvRow {
  record: Record<string, string>;
  line: number;
}

/**
 * Pasted CSV with a header line naming its columns (any case, any order, some left out): each
 * row with its line. A text that is not CSV, or names a column not in `columns`, is one 400
 * (INVALID_CSV, `field` when a form's field holds the text).
 */
export function readCsv(text: string, columns: readonly string[], field?: string): CsvRow[] {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
      info: true,
    });
  } catch (err) {
    throw because('unreadable', new AppError(400, 'INVALID_CSV', `The CSV could not be read: ${(err as Error).message}`, field));
  }
  const header = Object.keys(records[0]?.record ?? {});
  const unknown = header.filter((h) => !columns.includes(h));
  if (unknown.length) {
    throw because(
      'columns',
      new AppError(400, 'INVALID_CSV', `Unknown CSV column(s): ${unknown.join(', ')}; expected ${columns.join(',')}`, field, { columns: unknown.join(', '), expected: columns.join(',') }),
    );
  }
  return records.map(({ record, info }) => ({ record, line: info.lines }));
}
