'use client'
/**
 * The paste (or choose a file) → preview → create form of the import view. Both steps go to the
 * import endpoint (`create: false`, then `create: true`); the draft is created only from the text
 * or file and options that were previewed, and the editor then lands on its edit page. A file is
 * sent as base64 and read on the server (src/importer/sources), where mammoth reads Word files.
 */
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { Lang } from '@/importer/messages'
import type { ImportPreview } from '@/importer/preview'
import type { ImportReport } from '@/importer/types'

import { PreviewPanel, ReportLists } from './PreviewPanel'
import { strings } from './strings'

type Company = { name: string; slug: string }
type File64 = { name: string; data: string }
type Options = { text: string; file: File64 | null; slug: string; company: string; locale: 'ja' | 'en' }

const ACCEPT = '.docx,.md,.txt,.markdown'

/** The file's bytes as base64, for a JSON request. */
const toBase64 = async (file: Blob): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
type Answer = { preview?: ImportPreview; id?: number; adminPath?: string; message?: string; report?: ImportReport }

const field: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: 4, marginBottom: 'var(--base)' }
const input: React.CSSProperties = {
  font: 'inherit',
  padding: '8px 12px',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s, 3px)',
  background: 'var(--theme-input-bg, var(--theme-elevation-0))',
  color: 'var(--theme-text)',
}
const hint: React.CSSProperties = { fontSize: '0.85em', color: 'var(--theme-elevation-500)' }

export const ImportForm = ({ lang, endpoint, companies }: { lang: Lang; endpoint: string; companies: Company[] }) => {
  const t = strings(lang)
  const router = useRouter()
  const [options, setOptions] = useState<Options>({ text: '', file: null, slug: '', company: '', locale: 'ja' })
  const [previewed, setPreviewed] = useState<{ options: Options; preview: ImportPreview } | null>(null)
  const [failure, setFailure] = useState<{ message: string; report?: ImportReport } | null>(null)
  const [busy, setBusy] = useState<'preview' | 'create' | null>(null)

  const set = (key: keyof Options) => (event: React.ChangeEvent<HTMLTextAreaElement | HTMLInputElement | HTMLSelectElement>) =>
    setOptions((current) => ({ ...current, [key]: event.target.value }))

  const choose = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0]
    event.target.value = ''
    if (chosen) {
      const file = { name: chosen.name, data: await toBase64(chosen) }
      setOptions((current) => ({ ...current, file }))
    }
  }

  const send = async (create: boolean, sent: Options): Promise<{ status: number; answer: Answer }> => {
    const { file, text, ...rest } = sent
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...rest, ...(file ? { file } : { text }), create }),
    })
    return { status: response.status, answer: (await response.json().catch(() => ({}))) as Answer }
  }

  const preview = async () => {
    setBusy('preview')
    setFailure(null)
    try {
      const { answer } = await send(false, options)
      if (answer.preview) {
        // Keep the suggested slug visible (and editable) once the editor has seen it.
        const sent = { ...options, slug: options.slug || answer.preview.slug }
        setOptions(sent)
        setPreviewed({ options: sent, preview: answer.preview })
      } else {
        setPreviewed(null)
        setFailure({ message: answer.message ?? t.failed, report: answer.report })
      }
    } finally {
      setBusy(null)
    }
  }

  const create = async () => {
    if (!previewed) return
    setBusy('create')
    setFailure(null)
    try {
      const { status, answer } = await send(true, previewed.options)
      if (status === 201 && answer.adminPath) {
        router.push(answer.adminPath)
        return
      }
      setFailure({ message: answer.message ?? t.failed, report: answer.report })
      setBusy(null)
    } catch (error) {
      setFailure({ message: error instanceof Error ? error.message : t.failed })
      setBusy(null)
    }
  }

  const stale =
    previewed !== null &&
    (previewed.options.file !== options.file ||
      (['text', 'slug', 'company', 'locale'] as const).some((key) => previewed.options[key] !== options[key]))
  const ready = Boolean(options.file) || Boolean(options.text.trim())

  return (
    <div style={{ maxWidth: '72rem', paddingBottom: 'calc(var(--base) * 3)' }}>
      <label style={field}>
        <strong>{t.text}</strong>
        <span style={hint}>{t.textHint}</span>
        <textarea
          name="text"
          value={options.text}
          onChange={set('text')}
          rows={18}
          spellCheck={false}
          disabled={options.file !== null}
          style={{ ...input, fontFamily: 'var(--font-mono, monospace)', lineHeight: 1.6 }}
        />
      </label>
      <div style={field}>
        <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
          <strong>{t.file}</strong>
          <span style={hint}>{t.fileHint}</span>
          <input type="file" name="file" accept={ACCEPT} onChange={choose} />
        </label>
        {options.file && (
          <span data-testid="import-file">
            {t.fileChosen(options.file.name)}{' '}
            <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setOptions((current) => ({ ...current, file: null }))}>
              {t.removeFile}
            </Button>
          </span>
        )}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: 'var(--base)' }}>
        <label style={field}>
          <strong>{t.slug}</strong>
          <input name="slug" value={options.slug} onChange={set('slug')} style={input} placeholder="acme-2024-05-01" />
          <span style={hint}>{t.slugHint}</span>
        </label>
        <label style={field}>
          <strong>{t.company}</strong>
          <select name="company" value={options.company} onChange={set('company')} style={input}>
            <option value="">{t.companyAuto}</option>
            {companies.map((company) => (
              <option key={company.slug} value={company.slug}>
                {company.name}
              </option>
            ))}
          </select>
        </label>
        <label style={field}>
          <strong>{t.locale}</strong>
          <select name="locale" value={options.locale} onChange={set('locale')} style={input}>
            <option value="ja">日本語 (ja)</option>
            <option value="en">English (en)</option>
          </select>
        </label>
      </div>
      <div style={{ display: 'flex', gap: 'var(--base)', alignItems: 'center' }}>
        <Button buttonStyle="secondary" onClick={preview} disabled={busy !== null || !ready}>
          {busy === 'preview' ? t.previewing : t.preview}
        </Button>
        <Button buttonStyle="primary" onClick={create} disabled={busy !== null || !previewed || stale}>
          {busy === 'create' ? t.creating : t.create}
        </Button>
        {stale && <span style={hint}>{t.staleHint}</span>}
      </div>

      {failure && (
        <div role="alert" style={{ margin: 'var(--base) 0', padding: 'var(--base)', border: '1px solid var(--theme-error-400)', background: 'var(--theme-error-50)' }}>
          <strong>{t.failed}:</strong> {failure.message}
          {failure.report && <ReportLists report={failure.report} lang={lang} />}
        </div>
      )}
      {previewed && <PreviewPanel preview={previewed.preview} lang={lang} />}
    </div>
  )
}
