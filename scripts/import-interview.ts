/**
 * Import an interview transcript as a draft:
 *
 *   npm run import:interview -- FILE [--slug SLUG] [--company COMPANY-SLUG] [--locale ja|en] [--dry-run] [--lines]
 *
 * FILE is a text (.txt), Markdown (.md) or Word (.docx) file; a Word file's images become media
 * with an alt text to fill in. Prints what was recognised and what to check, then creates a
 * draft (unless --dry-run) and prints its admin URL. The slug comes from --slug or the file name. Runs through the launcher
 * (scripts/with-db.ts), which provides DATABASE_URL and PAYLOAD_SECRET. Format: docs/importer.md.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import config from '../payload.config'
import { adminPath, createDraft, ImportError, prepareImport } from '../src/importer/create'
import { KINDS, warningText } from '../src/importer/messages'
import { toPreview, type ImportPreview } from '../src/importer/preview'
import { readSource } from '../src/importer/sources'
import { siteUrl } from '../src/lib/site'

const USAGE = 'usage: npm run import:interview -- FILE [--slug SLUG] [--company COMPANY-SLUG] [--locale ja|en] [--dry-run] [--lines]'

const day = (iso?: string) => (iso ? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(iso)) : '—')

const print = (preview: ImportPreview, showLines: boolean) => {
  const { report } = preview
  const lang = report.language
  const out = (line = '') => console.log(line)
  out(`Title:        ${preview.title}`)
  out(`Series:       ${preview.series ?? '—'}`)
  out(`Company:      ${preview.company ? `${preview.company.name} (${preview.company.slug})` : report.companyHint ? `no company matches "${report.companyHint}"` : '—'}`)
  out(`Date:         ${day(preview.publishedAt)}${preview.interviewDate ? ` (interview ${day(preview.interviewDate)})` : ''}`)
  out(`Slug:         ${preview.slug} (${preview.slugSource === 'file' ? 'from the file name' : preview.slugSource})`)
  out(`Locale:       ${preview.locale} (text looks ${report.language === 'ja' ? 'Japanese' : 'English'})`)
  out(`Lead:         ${preview.lead ? `${preview.lead.length} characters` : '—'}`)
  out(`Interviewees: ${preview.interviewees.length}`)
  for (const p of preview.interviewees) {
    out(`  - ${p.name}${p.isAlumni ? ' [alumni]' : ''}${p.organization ? ` — ${[p.organization, p.role].filter(Boolean).join(' / ')}` : ''}`)
  }
  const c = report.counts
  out(`Body:         ${c.questions} questions, ${c.answers} answers, ${c.paragraphs} paragraphs, ${c.headings} headings, ${c.ctas} links, ${c.images} images`)
  if (preview.filledLinks) out(`              ${preview.filledLinks} link(s) got the company's alumni sign-up URL`)
  out(`Warnings:     ${report.warnings.length || 'none'}`)
  for (const warning of report.warnings) out(`  - ${warningText(warning, lang)}`)
  out(`Kept as paragraphs (not recognised): ${report.fallbacks.length || 'none'}`)
  for (const line of report.fallbacks) out(`  ${String(line.line).padStart(4)}: ${line.text}`)
  if (showLines) {
    out('Line by line:')
    for (const line of report.recognised) {
      const who = line.kind === 'answer' && line.speaker ? ` (${line.speaker})` : ''
      out(`  ${String(line.line).padStart(4)} ${KINDS[line.kind].en}${who}: ${line.text}`)
    }
  }
}

const main = async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      company: { type: 'string' },
      locale: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      lines: { type: 'boolean', default: false },
    },
  })
  const [file] = positionals
  if (!file || positionals.length > 1 || (values.locale && values.locale !== 'ja' && values.locale !== 'en')) {
    console.error(USAGE)
    process.exit(2)
  }
  // Scheduled-publishing jobs belong to the server.
  process.env.ENISHI_JOBS ??= 'off'

  const source = await readSource(file, new Uint8Array(readFileSync(file)))
  const payload = await getPayload({ config })
  try {
    const prepared = await prepareImport(payload, source, {
      slug: values.slug,
      fileName: file,
      company: values.company,
      locale: values.locale as 'ja' | 'en' | undefined,
    })
    print(toPreview(prepared), values.lines)
    if (values['dry-run']) {
      console.log('\nDry run: nothing was created.')
    } else {
      const doc = await createDraft(payload, prepared, null)
      console.log(`\nCreated draft ${doc.id}: ${siteUrl()}${adminPath(payload, doc.id)}`)
    }
    process.exit(0)
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    console.error(`Not imported: ${error.message}`)
    if (error.report) for (const warning of error.report.warnings) console.error(`  - ${warningText(warning, 'en')}`)
    process.exit(1)
  }
}

main().catch((error: unknown) => {
  console.error('[import] failed:', error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
