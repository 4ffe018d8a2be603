import type { TermMeta } from '@/lib/content/types'

/** A term's name as a definition: a foreign phrase written in its original form carries its own language. */
export default function TermName({ name, meta }: { name: string; meta: TermMeta }) {
  return <dfn lang={meta.lang && meta.original === name ? meta.lang : undefined}>{name}</dfn>
}
