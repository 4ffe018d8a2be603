import { getTranslations } from 'next-intl/server'
import { termEntryParts } from '@/lib/annotate/reader-markup'
import type { Locale } from '@/lib/i18n/locales'

/**
 * "I know this" and "Save", on a term's card and on its page: the card
 * behaviours give them their behaviour (know-and-save.ts). The CSS shows them
 * only once scripts run: without them the reader's glossary has nowhere to live.
 */
export default async function TermActions({ termId, locale }: { termId: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Card' })
  return (
    <>
      <button type="button" aria-pressed="false" {...{ [termEntryParts.know.attribute]: termId }}>
        {t('know')}
      </button>
      <button type="button" aria-pressed="false" {...{ [termEntryParts.save.attribute]: termId }}>
        {t('save')}
      </button>
    </>
  )
}
