/**
 * `POST /api/interviews/import` — staff only. Body (JSON):
 *   { text: string, slug?: string, company?: string (a company slug), locale?: 'ja' | 'en', create?: boolean }
 * or, for a file (.docx, .md, .txt), `file: { name, data (base64) }` instead of `text`.
 * Answers 200 `{ preview }` (parsed, nothing stored), or with `create: true` 201
 * `{ id, adminPath, preview }` after creating the draft. 400 `{ message, errors, report? }` for
 * input that is not an importable interview, 403 for anyone but staff.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '../access/roles'
import { adminPath, createDraft, ImportError, prepareImport } from './create'
import type { Lang } from './messages'
import { toPreview } from './preview'
import type { Source } from './source'
import { FILE_TYPES, readSource } from './sources'

/** Far above any interview (the reference article is ~5,000 characters). */
const MAX_LENGTH = 200_000
/** A Word file with a few photos; base64 makes the request a third larger. */
const MAX_FILE_BYTES = 15 * 1024 * 1024

type ImportRequest = { input: string | Source; slug?: string; company?: string; locale?: 'ja' | 'en'; create: boolean }

const readFile = async (file: unknown, lang: Lang): Promise<Source | string> => {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en)
  const { name, data } = (file ?? {}) as Record<string, unknown>
  if (typeof name !== 'string' || typeof data !== 'string') return t('ファイルの形式が正しくありません', 'file must be { name, data (base64) }')
  if (!FILE_TYPES.some((type) => name.toLowerCase().endsWith(type))) {
    return t(`読み込めるのは ${FILE_TYPES.join(' ')} のファイルです`, `Only ${FILE_TYPES.join(' ')} files can be imported`)
  }
  const bytes = Buffer.from(data, 'base64')
  if (bytes.byteLength > MAX_FILE_BYTES) return t('ファイルが大きすぎます', `The file is too large (over ${MAX_FILE_BYTES / 1024 / 1024} MB)`)
  try {
    return await readSource(name, new Uint8Array(bytes))
  } catch {
    return t('ファイルを読み込めませんでした（壊れているか、Word 形式ではありません）', 'The file could not be read (damaged, or not a Word file)')
  }
}

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
  const { text, file, slug, company, locale, create } = body as Record<string, unknown>
  if (locale !== undefined && locale !== 'ja' && locale !== 'en') return t('言語は ja か en です', 'locale must be "ja" or "en"')
  const options = { slug: optionalString(slug), company: optionalString(company), locale: locale as 'ja' | 'en' | undefined, create: create === true }
  if (file !== undefined && file !== null) {
    const source = await readFile(file, lang)
    return typeof source === 'string' ? source : { input: source, ...options }
  }
  if (typeof text !== 'string' || !text.trim()) return t('インタビューのテキストを貼り付けてください', 'Paste the interview text')
  if (text.length > MAX_LENGTH) return t('テキストが長すぎます', `The text is too long (over ${MAX_LENGTH} characters)`)
  return { input: text, ...options }
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
      const prepared = await prepareImport(req.payload, input.input, { ...input, lang })
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
