/**
 * Sending the page's response forms in place, loaded by ResponseFormScript
 * only once a reader reaches the responses or opens a paragraph's: no reload,
 * the form's live region says what became of it, and focus lands on the new
 * response (shown as written until the page is next rendered with it).
 */
import type { ResponseFormLabels } from './ResponseFormScript'

/** Starts sending the forms in place; `selected` gives the words the reader last selected in the essay. Returns the undo. */
export function attachResponseForms(labels: ResponseFormLabels, selected: () => string): () => void {
  const onSubmit = (event: SubmitEvent) => {
    const form = event.target
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-response-form')) return
    event.preventDefault()
    void send(form, labels)
  }
  // "What does this phrase mean?": the phrase the reader selected fills the field.
  const onChange = (event: Event) => {
    const input = event.target
    if (!(input instanceof HTMLInputElement) || input.name !== 'kind' || input.value !== 'term-question' || !selected()) return
    const phrase = input.form?.querySelector<HTMLInputElement>('input[name="phrase"]')
    if (phrase && !phrase.value) phrase.value = selected()
  }
  document.addEventListener('submit', onSubmit)
  document.addEventListener('change', onChange)
  // Said on each form (data-response-form="in-place"): a click before this posts it without script, as it should.
  const forms = document.querySelectorAll('[data-response-form]')
  for (const form of forms) form.setAttribute('data-response-form', 'in-place')
  return () => {
    document.removeEventListener('submit', onSubmit)
    document.removeEventListener('change', onChange)
    for (const form of forms) form.setAttribute('data-response-form', '')
  }
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
      // A static copy posts to RESPONSES_ORIGIN, and the edit key is that server's cookie.
      credentials: 'include'
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
