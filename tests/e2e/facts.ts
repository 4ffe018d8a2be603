// What the end-to-end tests expect, written down by hand from the fixture
// content (tests/fixtures/e2e-content/README.md, "Facts the tests rely on").
// Nothing here asks lib/ what to expect: a test whose answer came from the
// code under test could not fail when that code is wrong. The e2e builds are
// content/ plus the fixtures; tests that need a particular essay or term use
// a fixture, and tests over "every page" cover content/ as well.

export const locales = ['en', 'zh', 'ja', 'es', 'de', 'fr', 'ar'] as const
export type Locale = (typeof locales)[number]

/** `<html lang>` and `dir` of each locale's pages. */
export const langOf: Record<Locale, string> = { en: 'en', zh: 'zh-Hans', ja: 'ja', es: 'es', de: 'de', fr: 'fr', ar: 'ar' }
export const dirOf = (locale: Locale) => (locale === 'ar' ? 'rtl' : 'ltr')
/** The language menu names each language in itself. */
export const endonyms: Record<Locale, string> = {
  en: 'English',
  zh: '简体中文',
  ja: '日本語',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  ar: 'العربية'
}

/** The SITE_URL the end-to-end builds are made with (tests/support/e2e-server.mjs). */
export const siteUrl = 'https://glossa.example'

/** The newest essay, in all seven locales, annotated only with fixture terms. */
export const fieldGuide = {
  slug: 'fixture-field-guide',
  path: (locale: Locale) => `/${locale}/essays/fixture-field-guide`,
  titles: {
    en: 'Field guide: when depositors run',
    zh: '实用指南：当储户争相取钱',
    ja: '手引き：預金者が殺到するとき',
    es: 'Guía de campo: cuando los depositantes huyen',
    de: 'Kleiner Leitfaden: Wenn die Sparer zum Schalter eilen',
    fr: 'Petit guide : quand les déposants se précipitent',
    ar: 'دليل ميداني: حين يتهافت المودعون'
  } satisfies Record<Locale, string>,
  /** Its 16 blocks: p, h2, p, p, li, li, li, p, h3, p, p, h2, p, p, p, the footnotes. */
  blocks: 16,
  /** The first h2 of each locale, and its id (github-slugger). */
  firstHeading: {
    en: ['How a run starts', 'how-a-run-starts'],
    zh: ['恐慌是怎样开始的', '恐慌是怎样开始的'],
    ja: ['パニックはどう始まるか', 'パニックはどう始まるか'],
    es: ['Cómo empieza el pánico', 'cómo-empieza-el-pánico'],
    de: ['Wie ein Ansturm beginnt', 'wie-ein-ansturm-beginnt'],
    fr: ['Comment naît une panique', 'comment-naît-une-panique'],
    ar: ['كيف يبدأ الذعر', 'كيف-يبدأ-الذعر']
  } satisfies Record<Locale, [string, string]>,
  /** Terms annotated in each locale's text, in order of first appearance, with how many annotations each has. */
  annotations: {
    en: [
      ['fixture-bank-run', 4],
      ['fixture-deposit-insurance', 2],
      ['fixture-lender-of-last-resort', 1],
      ['fixture-stablecoin', 1],
      ['fixture-moral-hazard', 1],
      ['fixture-yin-zhen-zhi-ke', 1],
      ['fixture-convoy-system', 1],
      ['fixture-greenspan-put', 1]
    ],
    zh: withoutGreenspan(),
    ja: withoutGreenspan(),
    es: withoutGreenspan(),
    de: withoutStablecoin(['fixture-greenspan-put', 1]),
    fr: withoutStablecoin(['fixture-greenspan-put', 1]),
    ar: withoutStablecoin()
  } satisfies Record<Locale, [string, number][]>,
  /** The only annotation without data-first: the third bank-run one, in the same section as the second. */
  repeatInSection: 'term-fixture-bank-run-3',
  /** The annotated text of the first bank-run annotation. */
  bankRunText: {
    en: 'bank run',
    zh: '银行挤兑',
    ja: '取り付け騒ぎ',
    es: 'pánico bancario',
    de: 'Bankansturm',
    fr: 'panique bancaire',
    ar: 'التهافت على سحب الودائع'
  } satisfies Record<Locale, string>,
  /** Its two links, each with a preview card. */
  narrowBankLink: { key: 'term-fixture-narrow-bank', title: 'Narrow bank' },
  marketNotesLink: { key: 'essay-fixture-market-notes' }
}

function withoutGreenspan(): [string, number][] {
  return [
    ['fixture-bank-run', 4],
    ['fixture-deposit-insurance', 2],
    ['fixture-lender-of-last-resort', 1],
    ['fixture-stablecoin', 1],
    ['fixture-moral-hazard', 1],
    ['fixture-yin-zhen-zhi-ke', 1],
    ['fixture-convoy-system', 1]
  ]
}

function withoutStablecoin(...more: [string, number][]): [string, number][] {
  return [
    ['fixture-bank-run', 4],
    ['fixture-deposit-insurance', 2],
    ['fixture-lender-of-last-resort', 1],
    ['fixture-moral-hazard', 1],
    ['fixture-yin-zhen-zhi-ke', 1],
    ['fixture-convoy-system', 1],
    ...more
  ]
}

/** Cards nest three deep: each term's summary names the next, by one annotation; the last names nothing. */
export const chain = ['fixture-bank-run', 'fixture-deposit-insurance', 'fixture-moral-hazard'] as const

/** The names of the chain's terms, as their cards title them. */
export const chainNames: Record<Locale, [string, string, string]> = {
  en: ['Bank run', 'Deposit insurance', 'Moral hazard'],
  zh: ['银行挤兑', '存款保险', '道德风险'],
  ja: ['取り付け騒ぎ', '預金保険', 'モラルハザード'],
  es: ['Pánico bancario', 'Seguro de depósitos', 'Riesgo moral'],
  de: ['Bankansturm', 'Einlagensicherung', 'Moral Hazard'],
  fr: ['Panique bancaire', 'Assurance des dépôts', 'Aléa moral'],
  ar: ['التهافت على سحب الودائع', 'التأمين على الودائع', 'الخطر الأخلاقي']
}

/** The Chinese idiom, a foreign phrase in every other language. */
export const idiom = {
  id: 'fixture-yin-zhen-zhi-ke',
  original: '饮鸩止渴',
  lang: 'zh-Hans',
  romanization: 'yǐn zhèn zhǐ kě',
  syllables: ['yǐn', 'zhèn', 'zhǐ', 'kě'],
  literal: { en: 'drink poisoned wine to quench thirst', fr: 'boire du vin empoisonné pour étancher sa soif' }
}

/** A Japanese kanji term with an authored kana reading. */
export const kanjiTerm = { id: 'fixture-convoy-system', ja: '護送船団方式', reading: 'ごそうせんだんほうしき' }

/** Dated fixture essays, newest first (content/ has no dated essay before 2026-12-05 that sorts among them… see below). */
export const datedFixtureOrder = [
  'fixture-field-guide',
  'fixture-loanwords',
  'fixture-data-center-power',
  'fixture-english-only',
  'fixture-export-controls',
  'fixture-central-bank-wording',
  'fixture-reading-guide',
  'fixture-liquidity-trap',
  'fixture-chip-supply',
  'fixture-rate-cuts',
  'fixture-money-idioms',
  'fixture-market-notes',
  'fixture-outdated'
]

/** Undated fixture essays: after every dated essay, by slug. */
export const undatedFixtures = ['fixture-false-friends', 'fixture-gpu-financing', 'fixture-hostile-html']

/** Which locales have a text of each fixture essay (the others show the source with a notice). */
export const essayLocales: Record<string, readonly Locale[]> = {
  'fixture-field-guide': locales,
  'fixture-loanwords': ['en', 'zh', 'ja'],
  'fixture-data-center-power': ['en'],
  'fixture-english-only': ['en'],
  'fixture-export-controls': ['en', 'ja'],
  'fixture-central-bank-wording': ['zh', 'en'],
  'fixture-reading-guide': ['en', 'fr', 'zh'],
  'fixture-liquidity-trap': ['en'],
  'fixture-chip-supply': locales,
  'fixture-rate-cuts': ['en', 'de', 'es'],
  'fixture-money-idioms': locales,
  'fixture-market-notes': locales,
  'fixture-outdated': ['en', 'de', 'fr'],
  'fixture-false-friends': ['en'],
  'fixture-gpu-financing': ['en', 'es', 'ar'],
  'fixture-hostile-html': ['en']
}

/** A term with no entry but the English one: every other locale falls back to it. */
export const englishOnlyTerm = { id: 'fixture-narrow-bank', name: 'Narrow bank' }

/** The fixture essay without translations, and the one whose French translation is outdated (German current). */
export const englishOnlySlug = 'fixture-english-only'
export const outdatedSlug = 'fixture-outdated'

/**
 * Responses (tests/fixtures/e2e-content/README.md, "Responses"): the field
 * guide and the outdated essay take them (`comments: true` in their source);
 * no other fixture does.
 */
export const responsesFacts = {
  /** Block 6 of the field guide (its seventh block, the third list item) in each locale used. */
  seventhBlock: {
    en: 'plain disclosure, since depositors who can read the books have less to guess about.',
    zh: '简单明了的信息披露，因为看得懂账本的储户就不必那么多猜测。'
  },
  /** The outdated essay's last paragraph: source block 6, French block 5 (French lacks the third list item). */
  outdatedLast: { sourceBlock: 6, frenchBlock: 5, french: 'Le dernier paragraphe redit la même chose.' },
  /** The forms of the fixture term bank run that the zh glossary matches. */
  bankRunZh: '银行挤兑'
}
