/** The `xliff` package (6.4), which the tests use as a translation tool's reader of our XLIFF files: it ships no types. */
declare module 'xliff' {
  /** An inline element: `{ Span: { id, contents, …attributes } }` for `<pc>`, `{ Standalone: { id, … } }` for `<ph>`. */
  export type XliffInline = string | Record<string, Record<string, unknown>>
  export interface XliffJsUnit {
    source?: XliffInline | XliffInline[]
    target?: XliffInline | XliffInline[]
    note?: string | string[]
    additionalAttributes?: Record<string, string>
    additionalElements?: unknown[]
  }
  export interface XliffJs {
    sourceLanguage: string
    targetLanguage?: string
    resources: Record<string, Record<string, XliffJsUnit>>
  }
  export function xliff2js(xml: string): Promise<XliffJs>
}
