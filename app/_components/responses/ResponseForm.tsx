import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/locales'
import { limits } from '@/lib/responses/submission'
import { responsesEndpoint } from '@/lib/site/cross-origin.mjs'
import { essayPath, responsesPath } from '@/lib/site/paths.mjs'

interface Props {
  slug: string
  locale: Locale
  /** Ids apart from the page's other forms. */
  idPrefix: string
  /** A block of the page's text the form answers (a paragraph's panel); else the reader picks one or the whole essay. */
  block?: number
  /** The blocks a reader may pick, with their opening words, when `block` is not given. */
  blocks?: readonly string[]
  /** A reply: the response it answers. */
  parent?: string
  /** Offer the private notes too (the end form and paragraphs' panels). */
  notes?: boolean
  /** A translation: a note about the translation can be sent. */
  translated?: boolean
}

/**
 * The form to respond, reply or send the author a private note. A plain form
 * that posts to the server and comes back (no JavaScript needed); the page's
 * script (ResponseFormScript) sends it in place when it can.
 */
export default async function ResponseForm({ slug, locale, idPrefix, block, blocks, parent, notes, translated }: Props) {
  const t = await getTranslations({ locale, namespace: 'Responses' })
  const id = (name: string) => `${idPrefix}${name}`
  return (
    <form className="response-form" method="post" action={responsesEndpoint(responsesPath(slug))} data-response-form="">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="return" value={essayPath(locale, slug)} />
      <input type="hidden" name="loaded" value="" />
      {parent ? <input type="hidden" name="parent" value={parent} /> : null}
      {block !== undefined ? <input type="hidden" name="block" value={block} /> : null}
      {block === undefined && !parent && blocks ? (
        <p>
          <label htmlFor={id('block')}>{t('blockLabel')}</label>
          <select id={id('block')} name="block" defaultValue="">
            <option value="">{t('wholeEssay')}</option>
            {blocks.map((words, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a block is its position.
              <option key={index} value={index}>
                {t('paragraph', { number: index + 1, words })}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      {notes ? (
        <fieldset className="response-kind">
          <legend>{t('kindLabel')}</legend>
          <label>
            <input type="radio" name="kind" value="response" defaultChecked /> {t('kindResponse')}
          </label>
          <label>
            <input type="radio" name="kind" value="term-question" /> {t('kindTerm')}
          </label>
          {translated ? (
            <label>
              <input type="radio" name="kind" value="translation-problem" /> {t('kindTranslation')}
            </label>
          ) : null}
          <label className="response-phrase">
            {t('phraseLabel')} <input name="phrase" maxLength={limits.phrase} />
          </label>
        </fieldset>
      ) : null}
      <p>
        <label htmlFor={id('name')}>{t('nameLabel')}</label>
        <input id={id('name')} name="name" maxLength={limits.name} autoComplete="nickname" />
      </p>
      <p>
        <label htmlFor={id('text')}>{t('textLabel')}</label>
        <textarea id={id('text')} name="text" rows={5} maxLength={limits.text} aria-describedby={id('hint')} />
        <small id={id('hint')} className="response-hint">
          {t('textHint')}
        </small>
      </p>
      {/* The honeypot: hidden from people, filled in by form-filling robots. */}
      <p className="response-trap" aria-hidden="true">
        <label>
          {t('honeypot')} <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </p>
      <p>
        <button type="submit">{t('send')}</button>
      </p>
      <p className="response-status" role="status" />
    </form>
  )
}
