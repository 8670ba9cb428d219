import { routing, type Locale } from '@/i18n/routing'

import { type Translate, translator } from '@/i18n/translator'

/** A rendered message, ready for `payload.sendEmail`. */
export type Email = { subject: string; html: string; text: string }

/** What one language's part of a message says, in order. */
export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'action'; label: string; url: string }
  | { kind: 'quote'; label: string; text: string }
  /** A line of small print with a link written out in full (e.g. how to unsubscribe). */
  | { kind: 'note'; text: string; url: string }

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

const nl2br = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>')

const blockHtml = (block: Block, t: Translate): string => {
  switch (block.kind) {
    case 'p':
      return `<p style="margin:0 0 16px">${nl2br(block.text)}</p>`
    case 'action': {
      const url = escapeHtml(block.url)
      return [
        `<p style="margin:24px 0"><a href="${url}" style="display:inline-block;background:#24407a;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold">${escapeHtml(block.label)}</a></p>`,
        `<p style="margin:0 0 16px;font-size:13px;color:#5b6170">${escapeHtml(t('linkFallback'))}<br><a href="${url}" style="color:#24407a;word-break:break-all">${url}</a></p>`,
      ].join('\n')
    }
    case 'note':
      return `<p style="margin:24px 0 0;font-size:13px;color:#5b6170">${nl2br(block.text)}<br><a href="${escapeHtml(block.url)}" style="color:#24407a;word-break:break-all">${escapeHtml(block.url)}</a></p>`
    case 'quote':
      return `<p style="margin:0 0 4px;font-weight:bold">${escapeHtml(block.label)}</p><blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #e4e1d9;color:#1f2433">${nl2br(block.text)}</blockquote>`
  }
}

const blockText = (block: Block): string => {
  switch (block.kind) {
    case 'p':
      return block.text
    case 'action':
      return `${block.label}:\n${block.url}`
    case 'note':
      return `${block.text}\n${block.url}`
    case 'quote':
      return `${block.label}\n${block.text.replace(/^/gm, '> ')}`
  }
}

type Part = { locale: Locale; t: Translate; subject: string; blocks: Block[] }

const partHtml = ({ locale, t, blocks }: Part, name: string | null | undefined): string => {
  const greeting = name ? `<p style="margin:0 0 16px">${escapeHtml(t('greeting', { name }))}</p>` : ''
  return [
    `<div lang="${locale}" style="margin:0 0 32px">`,
    greeting,
    ...blocks.map((block) => blockHtml(block, t)),
    `<p style="margin:24px 0 0">${escapeHtml(t('signature'))}</p>`,
    `<p style="margin:8px 0 0;font-size:12px;color:#5b6170">${escapeHtml(t('footer'))}</p>`,
    `</div>`,
  ].join('\n\n')
}

const partText = ({ t, blocks }: Part, name: string | null | undefined): string =>
  [name ? t('greeting', { name }) : null, ...blocks.map(blockText), t('signature'), t('footer')].filter(Boolean).join('\n\n')

const page = (html: string): string =>
  `<!doctype html><html><body style="margin:0;padding:24px;background:#fbfaf7;color:#1f2433;font-family:'Hiragino Kaku Gothic ProN','Noto Sans JP',sans-serif;line-height:1.8"><div style="max-width:600px;margin:0 auto;background:#ffffff;padding:32px;border:1px solid #e4e1d9;border-radius:8px">${html}</div></body></html>`

type Compose = (locale: Locale, t: Translate) => { subject: string; blocks: Block[] }

const part = (locale: Locale, compose: Compose): Part => {
  const t = translator(locale, 'emails')
  return { locale, t, ...compose(locale, t) }
}

/**
 * A bilingual message: Japanese first, English below, each language with its own greeting,
 * links (to that language's pages) and signature. Alumni choose no language when they
 * register, and a person reading either language finds their part without guessing.
 */
export const bilingualEmail = (compose: Compose, name: string | null | undefined): Email => {
  const parts = routing.locales.map((locale) => part(locale, compose))
  return {
    subject: parts.map((p) => p.subject).join(' / '),
    // Line breaks between blocks keep the HTML readable where it is shown as text (the
    // development console transport strips tags).
    html: page(parts.map((p) => partHtml(p, name)).join('\n\n<hr style="border:none;border-top:1px solid #e4e1d9;margin:32px 0">\n\n')),
    text: parts.map((p) => partText(p, name)).join('\n\n----------------------------------------\n\n'),
  }
}

/** A message in one language, for mail to a person whose language is known (or the default). */
export const singleLanguageEmail = (locale: Locale, compose: Compose, name: string | null | undefined): Email => {
  const only = part(locale, compose)
  return { subject: only.subject, html: page(partHtml(only, name)), text: partText(only, name) }
}
