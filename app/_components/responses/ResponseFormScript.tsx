'use client'

import { useEffect } from 'react'

export interface ResponseFormLabels {
  sending: string
  published: string
  held: string
  note: string
  anonymous: string
  failed: string
}

/**
 * Sends the page's response forms in place: no reload, the form's live
 * region says what became of it, and focus lands on the new response (shown
 * as written until the page is next rendered with it). Without this script
 * the forms post and come back, so it only improves them.
 */
export default function ResponseFormScript({ labels }: { labels: ResponseFormLabels }) {
  useEffect(() => {
    const loaded = String(Date.now())
    for (const input of document.querySelectorAll<HTMLInputElement>('[data-response-form] input[name="loaded"]')) input.value = loaded
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target
      if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-response-form')) return
      event.preventDefault()
      void send(form, labels)
    }
    document.addEventListener('submit', onSubmit)
    return () => document.removeEventListener('submit', onSubmit)
  }, [labels])
  return null
}

async function send(form: HTMLFormElement, labels: ResponseFormLabels) {
  const status = form.querySelector<HTMLElement>('.response-status')
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
  const say = (message: string) => {
    if (status) status.textContent = message
  }
  const data = new FormData(form)
  say(labels.sending)
  if (button) button.disabled = true
  try {
    const answer = await fetch(form.action, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([...data].map(([key, value]) => [key, String(value)])),
      credentials: 'same-origin'
    })
    const result = (await answer.json().catch(() => ({}))) as { state?: string; id?: string; message?: string }
    if (!answer.ok) return say(result.message ?? labels.failed)
    say(result.state === 'published' ? labels.published : result.state === 'note' ? labels.note : labels.held)
    if (result.id) showSent(form, result.id, String(data.get('name') ?? '').trim() || labels.anonymous, String(data.get('text') ?? ''))
    form.querySelector<HTMLTextAreaElement>('textarea[name="text"]')?.form?.reset()
  } catch {
    say(labels.failed)
  } finally {
    if (button) button.disabled = false
  }
}

/** The new response, as its writer wrote it, just before the form; focused. */
function showSent(form: HTMLFormElement, id: string, name: string, text: string) {
  const article = document.createElement('article')
  article.className = 'response response-sent'
  article.id = `response-${id}`
  article.tabIndex = -1
  const meta = document.createElement('p')
  meta.className = 'response-meta'
  const who = document.createElement('bdi')
  who.textContent = name
  meta.append(who)
  article.append(meta)
  for (const paragraph of text.split(/\n{2,}/)) {
    const p = document.createElement('p')
    p.textContent = paragraph
    article.append(p)
  }
  form.before(article)
  article.focus()
}
