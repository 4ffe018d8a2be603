/**
 * What the site's header and the leaves that work with it share: its class,
 * which behaviours that measure the page below it find it by, and the
 * attribute of its language links.
 */
import { dataAttribute } from './markup'

/** The site's header: behaviours that measure the page below it, or work in its menus, find it by this class. */
export const siteHeaderClass = 'site-header'

/** On a language link: the locale it switches to (the switch keeps the reader's place). */
export const localeLinkAttribute = dataAttribute('locale-link')
