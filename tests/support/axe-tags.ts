/** The axe-core rules every accessibility check runs, in `npm test` and in the audit: WCAG 2.0–2.2 A and AA, and best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
