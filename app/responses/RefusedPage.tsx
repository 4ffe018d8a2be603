/**
 * The page a form posted without JavaScript comes back to when it was
 * refused: the reason, and the form again with what the reader wrote.
 * Rendered to static markup by React (every value escaped), not by hand.
 */
export interface RefusedPageProps {
  lang: string
  dir: 'ltr' | 'rtl'
  message: string
  action: string
  fields: Record<string, string>
  labels: { heading: string; name: string; text: string; send: string; back: string }
}

const hidden = ['locale', 'block', 'parent', 'kind', 'phrase', 'action']

export default function RefusedPage({ lang, dir, message, action, fields, labels }: RefusedPageProps) {
  const back = fields.return?.startsWith('/') && !fields.return.startsWith('//') ? fields.return : `/${fields.locale || ''}`
  return (
    <html lang={lang} dir={dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{labels.heading}</title>
      </head>
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '2rem auto', padding: '0 1rem', lineHeight: 1.5 }}>
        <main>
          <h1>{labels.heading}</h1>
          <p role="alert">{message}</p>
          <form method="post" action={action}>
            {hidden.map((name) => (fields[name] ? <input key={name} type="hidden" name={name} value={fields[name]} /> : null))}
            <input type="hidden" name="return" value={back} />
            <p>
              <label>
                {labels.name}
                <br />
                <input name="name" defaultValue={fields.name} maxLength={60} autoComplete="nickname" />
              </label>
            </p>
            <p>
              <label>
                {labels.text}
                <br />
                <textarea name="text" defaultValue={fields.text} rows={8} cols={60} />
              </label>
            </p>
            <p>
              <button type="submit">{labels.send}</button>
            </p>
          </form>
          <p>
            <a href={back}>{labels.back}</a>
          </p>
        </main>
      </body>
    </html>
  )
}
