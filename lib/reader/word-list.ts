/**
 * The reader's saved terms as files to take away: CSV for spreadsheets and a
 * tab-separated file that Anki imports as notes. Runs in the browser: no
 * dependencies, no Node APIs.
 *
 * Fields are written as given: a field that starts with `=` or `+` is not
 * defused for spreadsheets, because every field comes from the publication's
 * own text and must come back unchanged.
 */

/** One saved term. Empty or missing fields stay empty cells. */
export interface WordListRow {
  /** The term as the reader saw it. */
  term: string
  /** Its reading or romanization, when the authors gave one. */
  reading?: string
  /** What it means, in the reader's language. */
  meaning?: string
  /** The sentence it was saved from. */
  sentence?: string
  /** Absolute URL of the term's page or of the occurrence. */
  link: string
}

/** The columns, in file order. */
export const wordListColumns = ['term', 'reading', 'meaning', 'sentence', 'link'] as const satisfies readonly (keyof WordListRow)[]

/** The header of each column, e.g. translated into the reader's language. */
export type WordListColumnNames = Record<(typeof wordListColumns)[number], string>

const defaultColumnNames: WordListColumnNames = { term: 'Term', reading: 'Reading', meaning: 'Meaning', sentence: 'Sentence', link: 'Link' }

/**
 * RFC 4180 CSV: a header row, then one record per row; CRLF line ends; a field
 * with a quote, comma or line break is quoted, its quotes doubled. Starts with
 * a UTF-8 byte order mark, without which Excel reads UTF-8 as the system's
 * legacy code page (CJK and Arabic would come out garbled).
 */
export function wordListCsv(rows: readonly WordListRow[], columnNames: WordListColumnNames = defaultColumnNames): string {
  const records = [header(columnNames), ...rows.map(fields)]
  return `\uFEFF${records.map((record) => record.map((field) => quoted(field, /[",\r\n]/)).join(',')).join('\r\n')}\r\n`
}

/**
 * Anki's text import: header lines fix the separator (tab), plain text
 * (`#html:false`: Anki escapes `<` and `&` itself) and the column names, which
 * Anki matches to the note type's field names. A field with a tab, line break
 * or quote is quoted as Anki's importer expects (quotes doubled), and so is
 * one starting with `#`, which would otherwise make its line a comment. No
 * byte order mark: Anki reads header lines only at the very start of the file.
 */
export function wordListAnkiTsv(rows: readonly WordListRow[], columnNames: WordListColumnNames = defaultColumnNames): string {
  const line = (record: string[]) => record.map((field) => quoted(field, /^#|[\t"\r\n]/)).join('\t')
  return `#separator:tab\n#html:false\n#columns:${line(header(columnNames))}\n${rows.map((row) => `${line(fields(row))}\n`).join('')}`
}

function header(columnNames: WordListColumnNames): string[] {
  return wordListColumns.map((column) => columnNames[column])
}

function fields(row: WordListRow): string[] {
  return wordListColumns.map((column) => row[column] ?? '')
}

function quoted(field: string, needsQuotes: RegExp): string {
  return needsQuotes.test(field) ? `"${field.replaceAll('"', '""')}"` : field
}
