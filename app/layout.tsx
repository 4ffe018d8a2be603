import type { ReactNode } from 'react'
import './styles/base.css'
import './styles/layout.css'
import './styles/reading.css'
import './styles/cards.css'
import './styles/lists.css'
import './styles/bilingual.css'
import './styles/responses.css'
import './styles/print.css'

// The <html> element is rendered by app/[locale]/layout.tsx (it needs the locale)
// and by app/not-found.tsx for paths outside any locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
