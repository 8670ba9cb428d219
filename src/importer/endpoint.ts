/**
 * `POST /api/interviews/import` — staff only. Body (JSON):
 *   { text: string, slug?: string, company?: string (a company slug), locale?: 'ja' | 'en', create?: boolean }
 * Answers 200 `{ preview }` (parsed, nothing stored), or with `create: true` 201
 * `{ id, adminPath, preview }` after creating the draft. 400 `{ message, errors, report? }` for
 * input that is not an importable interview, 403 for anyone but staff.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '../access/roles'
import { adminPath, createDraft, ImportError, prepareImport } from './create'
import type { Lang } from './messages'
import { toPreview } from './preview'

/** Far above any interview (the reference article is ~5,000 characters). */
const MAX_LENGTH = 200_000

type ImportRequest = { text: string; slug?: string; company?: string; locale?: 'ja' | 'en'; create: boolean }

const fail = (status: number, message: string, extra: Record<string, unknown> = {}) =>
  Response.json({ message, errors: [{ message }], ...extra }, { status })

const optionalString = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

/** The request body, checked; a string is the message of a 400. */
const readBody = async (req: PayloadRequest, lang: Lang): Promise<ImportRequest | string> => {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en)
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    return t('リクエストの形式が正しくありません（JSONを送ってください）', 'The request body must be JSON')
  }
  if (!body || typeof body !== 'object') return t('リクエストの形式が正しくありません', 'The request body must be a JSON object')
  const { text, slug, company, locale, create } = body as Record<string, unknown>
  if (typeof text !== 'string' || !text.trim()) return t('インタビューのテキストを貼り付けてください', 'Paste the interview text')
  if (text.length > MAX_LENGTH) return t('テキストが長すぎます', `The text is too long (over ${MAX_LENGTH} characters)`)
  if (locale !== undefined && locale !== 'ja' && locale !== 'en') return t('言語は ja か en です', 'locale must be "ja" or "en"')
  return { text, slug: optionalString(slug), company: optionalString(company), locale, create: create === true }
}

export const importInterviewEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const lang: Lang = req.i18n?.language === 'ja' ? 'ja' : 'en'
    if (!req.user || !isStaff(req.user)) {
      return fail(403, lang === 'ja' ? 'スタッフのみが取り込めます' : 'Only staff may import interviews')
    }
    const input = await readBody(req, lang)
    if (typeof input === 'string') return fail(400, input)

    try {
      const prepared = await prepareImport(req.payload, input.text, { ...input, lang })
      const preview = toPreview(prepared)
      if (!input.create) return Response.json({ preview })
      const doc = await createDraft(req.payload, prepared, req.user)
      return Response.json({ id: doc.id, adminPath: adminPath(req.payload, doc.id), preview }, { status: 201 })
    } catch (error) {
      if (error instanceof ImportError) return fail(400, error.message, error.report ? { report: error.report } : {})
      throw error
    }
  },
}
