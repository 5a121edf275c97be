import { ProblemList } from "./problems";

/** One CSV record with the line it starts on, for problems reported by line. */
export interface CsvRecord {
  fields: string[];
  line: number;
  /** UTF-16 offset of the record's first character. */
  offset: number;
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, quotes doubled. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(quoteField).join(",")}\r\n`).join("");
}

/**
 * Parses RFC 4180 CSV (also accepting LF or CR line ends and a leading BOM). Every malformed spot is added to
 * `problems` with its line: a quote inside an unquoted field, text after a closing quote, an unterminated quote.
 * An empty line is a record with one empty field.
 */
export function parseCsv(text: string, problems: ProblemList, label = ""): CsvRecord[] {
  const at = (line: number) => `${label}line ${line}`;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let recordOffset = i;
  const endRecord = () => {
    fields.push(field);
    records.push({ fields, line: recordLine, offset: recordOffset });
    fields = [];
    field = "";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === "") {
      const start = line;
      let closed = false;
      for (i += 1; i < text.length; i += 1) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else if (text[i] === '"') {
          closed = true;
          i += 1;
          break;
        } else {
          if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) line += 1;
          field += text[i];
        }
      }
      if (!closed) problems.add(at(start), "a quoted field is never closed");
      if (closed && i < text.length && !/[,\r\n]/.test(text[i]!)) problems.add(at(line), "text follows the closing quote of a field");
      while (i < text.length && !/[,\r\n]/.test(text[i]!)) field += text[i++];
      continue;
    }
    if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      endRecord();
      line += 1;
      recordLine = line;
      recordOffset = i + 1;
    } else {
      if (c === '"') problems.add(at(line), "a quote inside an unquoted field (quote the whole field and double the quote)");
      field += c;
    }
    i += 1;
  }
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

/** True for the record an empty line gives. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.length === 1 && record.fields[0]!.trim() === "";
}
