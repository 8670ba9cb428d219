import { escapeHtml } from '@/email/templates/layout'
import { type Locale, localizedPath } from '@/i18n/routing'
import { translator } from '@/i18n/translator'

import type { UnsubscribeKind } from './unsubscribeToken'

/** What the unsubscribe page says: ask first, then done; already off; or a bad link. */
export type UnsubscribeView =
  | { kind: 'confirm'; email: string; action: string; token: string; mail: UnsubscribeKind }
  | { kind: 'done' | 'alreadyOff'; email: string; mail: UnsubscribeKind }
  | { kind: 'invalid' }

/** `hina.sato@alumni.example` → `h*******@alumni.example`: enough to recognise, not to harvest. */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@')
  if (at < 1) return '***'
  return `${email[0]}${'*'.repeat(Math.min(at - 1, 8))}${email.slice(at)}`
}

/**
 * The unsubscribe page as a small self-contained HTML document in the site's colours. It is
 * rendered by the route handler rather than as a React page so that one URL can answer GET
 * (this page), the form's POST and a mail client's one-click POST with the right status
 * codes — 400 for a bad link, which a page component cannot send — and with no script.
 */
export const unsubscribePage = (locale: Locale, view: UnsubscribeView): string => {
  const t = translator(locale, view.kind !== 'invalid' && view.mail === 'digest' ? 'unsubscribeDigest' : 'unsubscribe')
  const p = (text: string, style = '') => `<p style="margin:0 0 16px;${style}">${escapeHtml(text)}</p>`
  const link = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}" style="color:#24407a;text-decoration:underline">${escapeHtml(label)}</a>`
  const home = link(localizedPath('/', locale), t('home'))
  let title = t('title')
  let body: string
  switch (view.kind) {
    case 'confirm':
      body = [
        p(t('confirm')),
        p(maskEmail(view.email), 'font-weight:bold'),
        p(t('what')),
        p(t('keep'), 'color:#5b6170;font-size:14px'),
        `<form method="post" action="${escapeHtml(view.action)}">`,
        `<input type="hidden" name="token" value="${escapeHtml(view.token)}">`,
        `<button type="submit" style="background:#24407a;color:#fff;border:0;border-radius:6px;padding:12px 20px;font-weight:bold;font-size:16px;cursor:pointer">${escapeHtml(t('button'))}</button>`,
        `</form>`,
      ].join('\n')
      break
    case 'done':
    case 'alreadyOff':
      body = [
        `<p role="status" style="margin:0 0 16px;font-weight:bold">${escapeHtml(t(view.kind))}</p>`,
        p(maskEmail(view.email)),
        p(t('settings')),
        `<p style="margin:0 0 16px">${link(localizedPath('/members/settings', locale), t('settingsLink'))}</p>`,
      ].join('\n')
      break
    case 'invalid':
      title = t('invalidTitle')
      body = p(t('invalid'))
  }
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — Enishi</title>
</head>
<body style="margin:0;background:#fbfaf7;color:#1f2433;font-family:'Hiragino Kaku Gothic ProN','Noto Sans JP',system-ui,sans-serif;line-height:1.8">
<header style="border-bottom:1px solid #e4e1d9;background:#fff;padding:16px 20px"><a href="${escapeHtml(localizedPath('/', locale))}" style="color:#24407a;font-weight:bold;text-decoration:none;font-size:20px">Enishi <span lang="ja">縁</span></a></header>
<main style="max-width:560px;margin:48px auto;padding:32px;background:#fff;border:1px solid #e4e1d9;border-radius:12px">
<h1 style="margin:0 0 24px;font-size:24px;line-height:1.4">${escapeHtml(title)}</h1>
${body}
<p style="margin:32px 0 0;font-size:14px">${home}</p>
</main>
</body>
</html>
`
}
