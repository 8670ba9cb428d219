/**
 * From parsed text to a stored draft: pick the company, fill link URLs the text left out, settle
 * the slug, then create the interview as a draft through the Local API with the editor's access.
 * Shared by the CLI (scripts/import-interview.ts) and the admin endpoint (./endpoint.ts).
 */
import type { Payload, TypedUser } from 'payload'

import type { Interview } from '../../payload-types'
import { errorText, type Lang } from './messages'
import { parseInterview } from './parse'
import { isValidSlug, slugFromFileName, suggestSlug } from './slug'
import type { Source, SourceImage } from './source'
import type { ImportedBlock, ImportedInterview, ImportReport } from './types'

/** A problem with the input or the options: answered with a 400 and this message. */
export class ImportError extends Error {
  readonly status = 400
  constructor(
    message: string,
    /** The parse report, when the text itself is the problem (for the editor to see why). */
    readonly report?: ImportReport,
  ) {
    super(message)
    this.name = 'ImportError'
  }
}

export type ImportOptions = {
  /** The slug to use (validated, must be free). */
  slug?: string
  /** A file name to take the slug from when no slug is given (the CLI). */
  fileName?: string
  /** A company's slug; without it the company named in the title marker is looked up by name. */
  company?: string
  /** The locale the text is stored in. */
  locale?: 'ja' | 'en'
  /** The language of error messages. */
  lang?: Lang
}

export type PreparedCompany = { id: number; name: string; slug: string; matchedBy: 'option' | 'title' }

export type PreparedImport = {
  data: ImportedInterview & { slug: string; company?: number }
  report: ImportReport
  company: PreparedCompany | null
  /** `>>` links without a URL that got the company's alumni sign-up URL. */
  filledLinks: number
  /** Where the slug came from: given, taken from the file name, or suggested (and made unique). */
  slugSource: 'option' | 'file' | 'suggested'
  locale: 'ja' | 'en'
  /** The images of a Word file, stored as media when the draft is created. */
  images: SourceImage[]
}

const say = (lang: Lang, ja: string, en: string) => (lang === 'ja' ? ja : en)

/** The interview day in Tokyo of an ISO timestamp: `2020-03-10T15:00:00Z` → `2020-03-11`. */
const tokyoDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(iso))

const slugTaken = async (payload: Payload, slug: string) =>
  (await payload.count({ collection: 'interviews', where: { slug: { equals: slug } } })).totalDocs > 0

const findCompany = async (
  payload: Payload,
  { slug, hint }: { slug?: string; hint?: string },
  locale: 'ja' | 'en',
): Promise<PreparedCompany | null> => {
  if (slug) {
    const { docs } = await payload.find({ collection: 'companies', where: { slug: { equals: slug } }, limit: 1, depth: 0, locale })
    return docs[0] ? { id: docs[0].id, name: docs[0].name, slug: docs[0].slug, matchedBy: 'option' } : null
  }
  if (!hint) return null
  // Only an unambiguous match: two companies whose names contain the hint leave the choice to the editor.
  const { docs } = await payload.find({ collection: 'companies', where: { name: { contains: hint } }, limit: 2, depth: 0, locale })
  return docs.length === 1 ? { id: docs[0].id, name: docs[0].name, slug: docs[0].slug, matchedBy: 'title' } : null
}

const settleSlug = async (
  payload: Payload,
  options: ImportOptions,
  suggestion: string,
  lang: Lang,
): Promise<{ slug: string; source: PreparedImport['slugSource'] }> => {
  const given = options.slug?.trim()
  if (given || options.fileName) {
    const slug = given || slugFromFileName(options.fileName ?? '')
    const source = given ? 'option' : 'file'
    if (!isValidSlug(slug)) {
      throw new ImportError(
        say(
          lang,
          `スラッグ「${slug}」は使えません。半角英小文字・数字・ハイフンで指定してください（例: acme-2024）`,
          `"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens (e.g. acme-2024)`,
        ),
      )
    }
    if (await slugTaken(payload, slug)) {
      throw new ImportError(
        say(lang, `スラッグ「${slug}」は別のインタビューで使われています`, `The slug "${slug}" is already used by another interview`),
      )
    }
    return { slug, source }
  }
  let slug = suggestion
  for (let n = 2; await slugTaken(payload, slug); n++) slug = `${suggestion}-${n}`
  return { slug, source: 'suggested' }
}

/** Parses `text` and resolves everything a draft needs; throws ImportError on unusable input. */
export const prepareImport = async (payload: Payload, input: string | Source, options: ImportOptions = {}): Promise<PreparedImport> => {
  const lang = options.lang ?? 'en'
  const locale = options.locale ?? 'ja'
  const { interview, report } = parseInterview(input)
  if (report.errors.length) {
    throw new ImportError(report.errors.map((code) => errorText(code, lang)).join(' / '), report)
  }

  const company = await findCompany(payload, { slug: options.company, hint: report.companyHint }, locale)
  if (options.company && !company) {
    throw new ImportError(say(lang, `企業「${options.company}」が見つかりません`, `No company with the slug "${options.company}"`))
  }

  // The genre's `>>` sign-up links point at the company's alumni network.
  let filledLinks = 0
  const signUp = company && (await payload.findByID({ collection: 'companies', id: company.id, depth: 0 })).alumniNetworkUrl
  if (signUp) {
    for (const block of interview.body) {
      if (block.blockType === 'cta' && !block.url) {
        block.url = signUp
        filledLinks++
      }
    }
    report.warnings = report.warnings.filter((warning) => warning.code !== 'cta-without-url')
  }

  const day = interview.publishedAt ?? interview.interviewDate
  const suggestion = suggestSlug({ title: interview.title, companySlug: company?.slug, date: day ? tokyoDay(day) : undefined })
  const { slug, source } = await settleSlug(payload, options, suggestion, lang)

  return {
    data: { ...interview, slug, ...(company ? { company: company.id } : {}) },
    report,
    company,
    filledLinks,
    slugSource: source,
    locale,
    images: typeof input === 'string' ? [] : input.images,
  }
}

/**
 * The alt text an imported image starts with: the description the Word file gave it, else a
 * placeholder that says it is one. Media require an alt text (collections/Media); the preview
 * warns about every imported image so the editor describes it before publishing.
 */
export const placeholderAlt = (image: SourceImage, title: string, n: number, locale: 'ja' | 'en'): string =>
  image.alt ?? (locale === 'ja' ? `【代替テキスト未入力】「${title}」の画像${n}` : `[Alt text to fill in] "${title}", image ${n}`)

type Access = { overrideAccess: false; user: TypedUser } | { overrideAccess: true }

/** Stores the images the body points at as media; answers the body with media ids in their place. */
const storeImages = async (payload: Payload, prepared: PreparedImport, access: Access, stored: number[]) => {
  const { data, images, locale } = prepared
  const body: (Exclude<ImportedBlock, { blockType: 'image' }> | { blockType: 'image'; image: number })[] = []
  for (const block of data.body) {
    if (block.blockType !== 'image') {
      body.push(block)
      continue
    }
    const image = images[block.source]
    const media = await payload.create({
      collection: 'media',
      data: { alt: placeholderAlt(image, data.title, block.source + 1, locale) },
      file: { data: Buffer.from(image.data), mimetype: image.contentType, name: image.name, size: image.data.byteLength },
      locale,
      ...access,
    })
    stored.push(media.id)
    body.push({ blockType: 'image', image: media.id })
  }
  return body
}

/**
 * Stores the prepared interview as a draft with `user`'s access (only staff may create), or —
 * for `null`, the CLI run by an operator on the server — with access control skipped.
 */
export const createDraft = async (payload: Payload, prepared: PreparedImport, user: TypedUser | null): Promise<Interview> => {
  const access: Access = user ? { overrideAccess: false, user } : { overrideAccess: true }
  const stored: number[] = []
  try {
    const body = await storeImages(payload, prepared, access, stored)
    return await payload.create({
      collection: 'interviews',
      data: { ...prepared.data, body },
      draft: true,
      locale: prepared.locale,
      ...access,
    })
  } catch (error) {
    // No media without the draft that uses them.
    for (const id of stored) await payload.delete({ collection: 'media', id, overrideAccess: true }).catch(() => undefined)
    throw error
  }
}

/** Where the draft opens in the admin. */
export const adminPath = (payload: Payload, id: number | string): string =>
  `${payload.config.routes.admin}/collections/interviews/${id}`
