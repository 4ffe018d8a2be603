/**
 * The reader's choice of language, remembered for a year: next-intl's proxy
 * reads it for `/` (see routing.ts); the language switch and the static `/`
 * page read and write it. Its own module, so that client leaves need not load
 * next-intl's routing to know its name.
 */
export const localeCookie = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365 }
