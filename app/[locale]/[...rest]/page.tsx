import { notFound } from 'next/navigation'

// Any path under a locale that no route matches gets the localised 404 page.
export default function CatchAll() {
  notFound()
}
