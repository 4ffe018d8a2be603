import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/locales'
import { glossaryPath } from '@/lib/site/paths.mjs'
import { SettingsIcon } from './icons'
import ReaderSettings from './ReaderSettings'

const menuId = 'settings-menu'

/** The reader's settings, behind one button: a native popover (Esc or a press outside closes it). */
export default async function SettingsMenu({ locale, label }: { locale: Locale; label: string }) {
  const t = await getTranslations({ locale, namespace: 'ReaderSettings' })
  return (
    <>
      <button type="button" className="tool-button" popoverTarget={menuId} aria-label={label}>
        <SettingsIcon />
      </button>
      <div id={menuId} popover="auto" className="menu settings">
        <ReaderSettings
          labels={{ marking: t('marking'), first: t('first'), every: t('every'), never: t('never'), readings: t('readings') }}
        />
        <a href={`${glossaryPath(locale)}#your-terms`}>{t('yourTerms')}</a>
      </div>
    </>
  )
}
