import type { Metadata } from 'next'

// Built only by `npm run audit` (see pageExtensions in next.config.mjs): a page
// with the Next.js + next-intl runtime and the locale layout, but nothing of
// ours, the baseline that script weight and Lighthouse scores are compared against.
export const metadata: Metadata = { title: 'Baseline', description: 'A bare page of the same build.' }

export default function BaselinePage() {
  return (
    <main>
      <h1>Baseline</h1>
      <p>A bare page of the same build.</p>
    </main>
  )
}
