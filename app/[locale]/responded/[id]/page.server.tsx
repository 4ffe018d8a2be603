/**
 * Where a reader lands after sending a response without JavaScript (and what
 * its edit link opens): what became of it, and, from the browser that wrote
 * it and for 15 minutes, a form to edit or delete it. Rendered per request.
 */
import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import PageShell from '@/app/_components/PageShell'
import ResponseItem, { responseElementId } from '@/app/_components/responses/ResponseItem'
import { responses } from '@/app/_content/responses'
import { pageLocale } from '@/app/_i18n/page-locale'
import { editKeyCookie, editMinutes, stillEditable, verifiedWriter } from '@/lib/responses/edit-key'
import { limits } from '@/lib/responses/submission'
import { essayPath, responsePath, responseStatePath } from '@/lib/site/paths.mjs'

type Props = { params: Promise<{ locale: string; id: string }> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { robots: { index: false } }

export default async function RespondedPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { id } = await params
  const t = await getTranslations({ locale, namespace: 'Responses' })
  const format = await getFormatter({ locale })
  const { store } = await responses()
  const response = await store.response(id)
  if (!response) notFound()
  const writer = verifiedWriter((await cookies()).get(editKeyCookie)?.value, await store.secret('edit-key'))
  const own = writer === response.writer
  const editable = own && response.status !== 'deleted' && stillEditable(response.created_at)
  const until = new Date(new Date(response.created_at).getTime() + editMinutes * 60_000)
  const state = response.status === 'published' ? t('published') : response.status === 'deleted' ? t('deletedState') : t('held')
  const back = `${essayPath(locale, response.essay)}#${response.status === 'published' ? responseElementId(response.id) : 'responses'}`
  return (
    <PageShell locale={locale} pathFor={(other) => responseStatePath(other, id)}>
      <div className="responded">
        <h1>{t('stateTitle')}</h1>
        <p role="status">{own ? state : t('notYours')}</p>
        {own && response.status !== 'deleted' ? <ResponseItem response={response} locale={locale} cardNotes={{}} /> : null}
        {editable ? (
          <>
            <h2>{t('editHeading')}</h2>
            <p>{t('editUntil', { time: format.dateTime(until, { timeStyle: 'short', timeZone: 'UTC' }) })}</p>
            <form method="post" action={responsePath(id)} className="response-form">
              <input type="hidden" name="action" value="edit" />
              <input type="hidden" name="locale" value={locale} />
              <p>
                <label htmlFor="edit-name">{t('nameLabel')}</label>
                <input id="edit-name" name="name" defaultValue={response.name ?? ''} maxLength={limits.name} />
              </p>
              <p>
                <label htmlFor="edit-text">{t('textLabel')}</label>
                <textarea id="edit-text" name="text" defaultValue={response.body} rows={6} maxLength={limits.text} />
              </p>
              <p>
                <button type="submit">{t('save')}</button>
              </p>
            </form>
            <form method="post" action={responsePath(id)}>
              <input type="hidden" name="action" value="delete" />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit">{t('delete')}</button>
            </form>
          </>
        ) : null}
        <p>
          <a href={back}>{t('backToEssay')}</a>
        </p>
      </div>
    </PageShell>
  )
}
