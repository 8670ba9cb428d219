'use client'

import { Button } from '@payloadcms/ui'
import { useTranslations } from 'next-intl'
import { type ChangeEvent, useState } from 'react'

import type { RosterColumn, RosterRow } from '@/roster/csv'

type Result = { line: number; id?: number; errors: RosterRow['errors'] }
type Stage = { kind: 'edit' } | { kind: 'preview'; rows: RosterRow[] } | { kind: 'importing'; rows: RosterRow[]; done: number; total: number; results: Result[] } | { kind: 'done'; rows: RosterRow[]; done: number; total: number; results: Result[] }

const COLUMNS: RosterColumn[] = ['name', 'email', 'employeeNumber', 'joinedYear', 'leftYear', 'department']

const post = async (url: string, body: unknown) => {
  const res = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(json.message || res.statusText)
  return json
}

const cell = { padding: '4px 8px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const, verticalAlign: 'top' as const }

/** The import itself, in the admin's language: RosterImportView sends the `rosterImport` and `csvColumns` messages. */
export function RosterImport({ api, rosterUrl, batch }: { api: string; rosterUrl: string; batch: number }) {
  const t = useTranslations('rosterImport')
  const column = useTranslations('csvColumns')
  const [csv, setCsv] = useState('')
  const [stage, setStage] = useState<Stage>({ kind: 'edit' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [invited, setInvited] = useState<string | null>(null)

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file) setCsv(await file.text())
  }

  const preview = async () => {
    setBusy(true)
    setError(null)
    setInvited(null)
    try {
      const { rows } = await post(`${api}/preview`, { csv })
      setStage({ kind: 'preview', rows })
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const importRows = async (rows: RosterRow[]) => {
    const ready = rows.filter((row) => !row.errors.length)
    const results: Result[] = []
    setError(null)
    setStage({ kind: 'importing', rows, done: 0, total: ready.length, results })
    try {
      for (let i = 0; i < ready.length; i += batch) {
        const chunk = ready.slice(i, i + batch).map(({ line, values }) => ({ line, values }))
        const answer = await post(`${api}/import`, { rows: chunk })
        results.push(...answer.results)
        setStage({ kind: 'importing', rows, done: Math.min(i + batch, ready.length), total: ready.length, results: [...results] })
      }
      setStage({ kind: 'done', rows, done: ready.length, total: ready.length, results })
    } catch (e) {
      setError((e as Error).message)
      setStage({ kind: 'done', rows, done: results.length, total: ready.length, results })
    }
  }

  const invite = async (ids: number[]) => {
    setBusy(true)
    try {
      const { sent, skipped } = await post(`${api}/invite`, { ids })
      setInvited(t('invited', { sent: sent.length, skipped: skipped.length }))
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const rows = stage.kind === 'edit' ? [] : stage.rows
  const results = stage.kind === 'importing' || stage.kind === 'done' ? stage.results : []
  const resultOf = new Map(results.map((r) => [r.line, r]))
  const ready = rows.filter((row) => !row.errors.length).length
  const created = results.filter((r) => r.id)
  const invitable = created.filter((r) => rows.find((row) => row.line === r.line)?.values.email).map((r) => r.id as number)

  return (
    <div style={{ margin: '24px 0 48px', maxWidth: '72rem' }}>
      <label style={{ display: 'block', fontWeight: 600 }}>
        {t('file')}
        <input type="file" accept=".csv,text/csv" onChange={onFile} style={{ display: 'block', margin: '6px 0 16px' }} />
      </label>
      <label style={{ display: 'block', fontWeight: 600 }} htmlFor="roster-csv">
        {t('paste')}
      </label>
      <textarea
        id="roster-csv"
        value={csv}
        onChange={(e) => setCsv(e.target.value)}
        rows={8}
        style={{ width: '100%', fontFamily: 'monospace', fontSize: 13, margin: '6px 0 12px' }}
      />
      <Button onClick={preview} disabled={busy || !csv.trim() || stage.kind === 'importing'}>
        {busy && stage.kind === 'edit' ? t('previewing') : t('preview')}
      </Button>

      {error && (
        <p role="alert" style={{ color: '#c2452d', fontWeight: 600 }}>
          {t('failed')}: {error}
        </p>
      )}

      {rows.length > 0 && (
        <section aria-label={t('result')}>
          <p data-testid="roster-counts">{t('counts', { ok: ready, bad: rows.length - ready })}</p>
          <div style={{ overflowX: 'auto' }}>
            <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
              <thead>
                <tr>
                  <th style={cell}>{t('line')}</th>
                  {COLUMNS.map((c) => (
                    <th key={c} style={cell}>
                      {column(c)}
                    </th>
                  ))}
                  <th style={cell}>{t('result')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const result = resultOf.get(row.line)
                  const errors = result?.errors.length ? result.errors : row.errors
                  return (
                    <tr key={row.line} data-line={row.line} style={errors.length ? { background: 'rgba(194,69,45,0.08)' } : undefined}>
                      <td style={cell}>{row.line}</td>
                      {COLUMNS.map((c) => (
                        <td key={c} style={cell}>
                          {row.values[c]}
                        </td>
                      ))}
                      <td style={cell}>
                        {errors.length ? (
                          <ul data-testid="row-errors" style={{ margin: 0, paddingLeft: 16, color: '#c2452d' }}>
                            {errors.map((e, i) => (
                              <li key={i}>
                                {column(e.field)}: {e.message}
                              </li>
                            ))}
                          </ul>
                        ) : result?.id ? (
                          '✓'
                        ) : (
                          t('ok')
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>

          {stage.kind === 'preview' && ready > 0 && (
            <div style={{ marginTop: 16 }}>
              <Button onClick={() => importRows(stage.rows)}>{t('import', { count: ready })}</Button>
            </div>
          )}
          {(stage.kind === 'importing' || stage.kind === 'done') && (
            <p>
              <label>
                {stage.kind === 'importing' ? t('importing') : t('imported')}{' '}
                <progress value={stage.done} max={stage.total} style={{ verticalAlign: 'middle' }} />{' '}
                <span data-testid="roster-progress">{t('progress', { done: stage.done, total: stage.total })}</span>
              </label>
            </p>
          )}
          {stage.kind === 'done' && (
            <div style={{ marginTop: 16 }}>
              <p role="status" data-testid="roster-summary" style={{ fontWeight: 600 }}>
                {t('summary', { created: created.length, failed: rows.length - created.length })} <a href={rosterUrl}>{t('open')}</a>
              </p>
              {invitable.length > 0 && !invited && (
                <Button onClick={() => invite(invitable)} disabled={busy}>
                  {busy ? t('inviting') : t('invite', { count: invitable.length })}
                </Button>
              )}
              {invited && (
                <p role="status" data-testid="roster-invited">
                  {invited}
                </p>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  )
}
