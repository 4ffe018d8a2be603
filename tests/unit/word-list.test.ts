import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { type WordListRow, wordListAnkiTsv, wordListColumns, wordListCsv } from '@/lib/reader/word-list'

/** Rows with everything a field can hold that a file format could break on. */
const rows: WordListRow[] = [
  {
    term: 'carried interest',
    reading: '',
    meaning: 'A share of the profits, "the carry"',
    sentence: 'Fees, carry, and\nmore.',
    link: 'https://reader.example.org/en/glossary/carried-interest'
  },
  {
    term: '睁一只眼闭一只眼',
    reading: 'zhēng yī zhī yǎn, bì yī zhī yǎn',
    meaning: 'to turn a blind eye',
    sentence: 'He said "睁一只眼闭一只眼"\r\nand left.',
    link: 'https://reader.example.org/zh/glossary/x?a=1,2'
  },
  {
    term: '織り込み済み',
    reading: 'おりこみずみ',
    meaning: 'priced in\talready',
    sentence: '株価に「織り込み済み」だ。😀👨‍👩‍👧',
    link: 'https://reader.example.org/ja/glossary/priced-in'
  },
  {
    term: 'الركود',
    reading: 'ar-rukūd',
    meaning: 'ركود اقتصادي، أي "تباطؤ"',
    sentence: 'هل هو ركود؟\nنعم.',
    link: 'https://reader.example.org/ar/glossary/recession'
  },
  {
    term: '#hashtag',
    reading: 'a lone\rcarriage return',
    meaning: '=1+1',
    sentence: '"quoted" at the start, comma, at the end,',
    link: 'https://reader.example.org/en/glossary/hashtag'
  }
]
const asRecord = (row: WordListRow) => wordListColumns.map((column) => row[column] ?? '')

describe('wordListCsv', () => {
  const csv = wordListCsv(rows)

  it('starts with a byte order mark, so that Excel reads UTF-8', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
  })

  it('parses back, with a header row, every field intact (quotes, commas, line breaks, emoji, Arabic, CJK)', () => {
    // Any line break ends a record outside quotes, as spreadsheets read it.
    const records: string[][] = parse(csv, { bom: true, record_delimiter: ['\r\n', '\n', '\r'] })
    expect(records).toEqual([['Term', 'Reading', 'Meaning', 'Sentence', 'Link'], ...rows.map(asRecord)])
  })

  it('ends records with CRLF, as RFC 4180 says, and quotes only what needs it', () => {
    expect(csv.slice(1).split('\r\n')[0]).toBe('Term,Reading,Meaning,Sentence,Link')
    expect(csv).toContain('\r\n睁一只眼闭一只眼,"zhēng yī zhī yǎn, bì yī zhī yǎn",')
    expect(csv).toContain('"A share of the profits, ""the carry"""')
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('takes translated column names', () => {
    const names = { term: '用語', reading: '読み', meaning: '意味', sentence: '文, "例"', link: 'リンク' }
    expect(parse(wordListCsv([], names), { bom: true })).toEqual([['用語', '読み', '意味', '文, "例"', 'リンク']])
  })
})

describe('wordListAnkiTsv', () => {
  const tsv = wordListAnkiTsv(rows)

  /** Reads the file as Anki does: `#key:value` lines at the start, then tab-separated records where `#` starts a comment line. */
  function readAsAnki(text: string) {
    const lines = text.split('\n')
    const headers = new Map<string, string>()
    while (lines[0]?.startsWith('#')) {
      const [key, ...value] = (lines.shift() ?? '').slice(1).split(':')
      headers.set(key, value.join(':'))
    }
    const records: string[][] = parse(lines.join('\n'), {
      delimiter: '\t',
      // Anki's CSV reader ends a record at any line break outside quotes.
      record_delimiter: ['\r\n', '\n', '\r'],
      comment: '#',
      comment_no_infix: true
    })
    const columns: string[][] = parse(headers.get('columns') ?? '', { delimiter: '\t' })
    return { headers, columns: columns[0], records }
  }

  it('declares the separator, plain text and the columns in header lines', () => {
    expect(tsv.split('\n').slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:Term\tReading\tMeaning\tSentence\tLink'])
    const { headers, columns } = readAsAnki(tsv)
    expect(headers.get('separator')).toBe('tab')
    expect(headers.get('html')).toBe('false')
    expect(columns).toEqual(['Term', 'Reading', 'Meaning', 'Sentence', 'Link'])
  })

  it('parses back, every field intact: tabs and line breaks inside fields are quoted, a leading # is not a comment', () => {
    expect(readAsAnki(tsv).records).toEqual(rows.map(asRecord))
  })

  it('leaves plain fields unquoted, and has no byte order mark (Anki reads headers only at the very start)', () => {
    expect(tsv.startsWith('#separator:tab\n')).toBe(true)
    expect(tsv).toContain('\n織り込み済み\tおりこみずみ\t"priced in\talready"\t')
  })
})
