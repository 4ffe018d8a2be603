/**
 * The moderation page, in the moderator's UI language, rendered per request
 * behind a sign-in: what waits (held and flagged responses), readers' private
 * notes and term questions, the policy, and the log. Every form carries the
 * session's CSRF token.
 */
import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { getFormatter, getTranslations } from 'next-intl/server'
import PageShell from '@/app/_components/PageShell'
import { getPublication } from '@/app/_content/publication'
import { defaultPolicy, responses } from '@/app/_content/responses'
import { pageLocale } from '@/app/_i18n/page-locale'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import { policies } from '@/lib/responses/moderation'
import { moderators } from '@/lib/responses/moderators'
import { moderationActionsPath, moderationPath } from '@/lib/site/paths.mjs'
import { sessionCookie } from '../../moderation/session'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ signin?: string }> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { robots: { index: false } }

const policyLabel = { 'hold-first': 'holdFirst', 'hold-all': 'holdAll', 'publish-all': 'publishAll' } as const

export default async function ModerationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Moderation' })
  const tResponses = await getTranslations({ locale, namespace: 'Responses' })
  const { store } = await responses()
  const session = await moderators(store).session((await cookies()).get(sessionCookie)?.value)
  const shell = (children: React.ReactNode) => (
    <PageShell locale={locale} pathFor={moderationPath}>
      <div className="moderation">
        <h1>{t('title')}</h1>
        {children}
      </div>
    </PageShell>
  )
  if (!session) return shell(<p role="status">{(await searchParams).signin === 'failed' ? t('signInFailed') : t('signInNeeded')}</p>)

  const format = await getFormatter({ locale })
  const [queue, notes, questions, log] = await Promise.all([store.queue(), store.openNotes(), store.termQuestions(), store.logEntries()])
  const publication = getPublication()
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={session.csrf} />
      <input type="hidden" name="locale" value={locale} />
    </>
  )
  const when = (time: string) => format.dateTime(new Date(time), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
  const essayTitle = (slug: string) => (publication.essay(slug) ? publication.essayText(slug, locale).value.title : slug)
  return shell(
    <>
      <form method="post" action={moderationActionsPath} className="moderation-bar">
        {hidden}
        <span>{t('signedInAs', { name: session.moderator })}</span>{' '}
        <button type="submit" name="action" value="sign-out">
          {t('signOut')}
        </button>
      </form>

      <h2>{t('queue', { count: queue.length })}</h2>
      {queue.length === 0 ? <p>{t('emptyQueue')}</p> : null}
      <form method="post" action={moderationActionsPath} id="bulk">
        {hidden}
        <ul className="moderation-list">
          {queue.map((row) => {
            const { lang, dir } = localeInfo[row.locale as Locale] ?? localeInfo[locale]
            return (
              <li key={row.id} className="moderation-item" id={`held-${row.id}`}>
                <label>
                  <input type="checkbox" name="id" value={row.id} /> {t('select')}
                </label>{' '}
                <strong>{essayTitle(row.essay)}</strong> · <bdi>{row.name ?? '—'}</bdi> · {when(row.created_at)} · {row.locale}
                {row.block !== null ? ` · ${t('onBlock', { number: row.block + 1 })}` : ''}
                {row.flags ? ` · ${t('flags', { count: row.flags })}` : ''}
                <p className="moderation-text" lang={lang} dir={dir}>
                  {row.body}
                </p>
                {(['approve', 'reject', 'spam', 'delete', 'block'] as const).map((action) => (
                  <button key={action} type="submit" name="action" value={`${action}:${row.id}`}>
                    {t(action === 'delete' ? 'remove' : action)}
                  </button>
                ))}
                <details>
                  <summary>{t('edit')}</summary>
                  <textarea
                    form={`edit-${row.id}`}
                    name="text"
                    defaultValue={row.body}
                    rows={4}
                    aria-label={t('edit')}
                    lang={lang}
                    dir={dir}
                  />
                  <button type="submit" form={`edit-${row.id}`}>
                    {t('save')}
                  </button>
                </details>
              </li>
            )
          })}
        </ul>
        {queue.length ? (
          <p>
            {(['approve', 'reject', 'spam', 'delete'] as const).map((action) => (
              <button key={action} type="submit" name="action" value={action}>
                {t(action === 'delete' ? 'remove' : action)}
              </button>
            ))}
          </p>
        ) : null}
      </form>
      {queue.map((row) => (
        <form key={row.id} id={`edit-${row.id}`} method="post" action={moderationActionsPath} hidden>
          {hidden}
          <input type="hidden" name="action" value="edit" />
          <input type="hidden" name="id" value={row.id} />
        </form>
      ))}

      <h2>{t('notes', { count: notes.length })}</h2>
      <form method="post" action={moderationActionsPath}>
        {hidden}
        <ul className="moderation-list">
          {notes.map((note) => (
            <li key={note.id}>
              <label>
                <input type="checkbox" name="id" value={note.id} />{' '}
                {t('note', {
                  kind: tResponses(note.kind === 'term-question' ? 'kindTerm' : 'kindTranslation'),
                  essay: essayTitle(note.essay)
                })}
              </label>{' '}
              · {note.locale} · {when(note.created_at)}
              {note.block !== null ? ` · ${t('onBlock', { number: note.block + 1 })}` : ''}
              {note.phrase ? (
                <>
                  {' '}
                  · <q>{note.phrase}</q>
                </>
              ) : null}
              {note.body ? <p className="moderation-text">{note.body}</p> : null}
            </li>
          ))}
        </ul>
        {notes.length ? (
          <button type="submit" name="action" value="notes-done">
            {t('done')}
          </button>
        ) : null}
      </form>

      <h2>{t('termQuestions')}</h2>
      <ul className="moderation-list">
        {questions.map((question) => (
          <li key={`${question.essay}:${question.phrase}`}>
            <q>{question.phrase}</q> ({essayTitle(question.essay)}): {t('askedBy', { count: question.count })}
          </li>
        ))}
      </ul>

      <h2>{t('policy')}</h2>
      {[
        { scope: 'publication', label: t('publicationScope') },
        ...publication.essays.map((essay) => ({ scope: `essay:${essay.slug}`, label: essayTitle(essay.slug) }))
      ].map(async ({ scope, label }) => {
        const settings = scope === 'publication' ? undefined : await store.settingsFor(scope.slice('essay:'.length), defaultPolicy)
        return (
          <form key={scope} method="post" action={moderationActionsPath} className="moderation-settings">
            {hidden}
            <input type="hidden" name="action" value="settings" />
            <input type="hidden" name="scope" value={scope} />
            <label>
              {label}{' '}
              <select name="policy" defaultValue={settings?.policy ?? ''}>
                <option value="">—</option>
                {policies.map((policy) => (
                  <option key={policy} value={policy}>
                    {t(policyLabel[policy])}
                  </option>
                ))}
              </select>
            </label>{' '}
            {settings ? (
              <label>
                <input type="checkbox" name="closed" defaultChecked={settings.closed} /> {t('closeEssay')}
              </label>
            ) : null}{' '}
            <button type="submit">{t('apply')}</button>
          </form>
        )
      })}

      <h2>{t('log')}</h2>
      <ul className="moderation-list">
        {log.map((entry) => (
          <li key={entry.id}>
            {when(entry.at)} · {t('logEntry', { moderator: entry.moderator, action: entry.action, target: entry.target })}
          </li>
        ))}
      </ul>
    </>
  )
}
