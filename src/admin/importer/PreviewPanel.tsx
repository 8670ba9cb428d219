'use client'
/** What the import would create: summary, interviewees, counts, the body outline and what to check. */
import { KINDS, type Lang, warningText } from '@/importer/messages'
import type { ImportPreview } from '@/importer/preview'
import type { ImportReport } from '@/importer/types'

import { strings } from './strings'

const section: React.CSSProperties = { marginTop: 'calc(var(--base) * 1.5)' }
const table: React.CSSProperties = { borderCollapse: 'collapse', width: '100%' }
const cell: React.CSSProperties = { textAlign: 'left', verticalAlign: 'top', padding: '4px 8px', borderBottom: '1px solid var(--theme-elevation-100)' }
const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)' }

const day = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(iso))

/** Warnings and the lines kept as paragraphs: shown with a preview and with a refused import. */
export const ReportLists = ({ report, lang }: { report: ImportReport; lang: Lang }) => {
  const t = strings(lang)
  return (
    <>
      {report.warnings.length > 0 && (
        <section
          style={{ ...section, paddingLeft: 'var(--base)', borderLeft: '4px solid var(--theme-warning-500)' }}
          data-testid="import-warnings"
        >
          <h3>{t.warnings}</h3>
          <ul>
            {report.warnings.map((warning, i) => (
              <li key={i}>{warningText(warning, lang)}</li>
            ))}
          </ul>
        </section>
      )}
      <section style={section} data-testid="import-fallbacks">
        <h3>{t.fallbacks}</h3>
        {report.fallbacks.length ? (
          <ul>
            {report.fallbacks.map((line) => (
              <li key={line.line}>
                <span style={muted}>{t.lineNumber(line.line)}:</span> {line.text}
              </li>
            ))}
          </ul>
        ) : (
          <p style={muted}>{t.noFallbacks}</p>
        )}
      </section>
    </>
  )
}

export const PreviewPanel = ({ preview, lang }: { preview: ImportPreview; lang: Lang }) => {
  const t = strings(lang)
  const { report } = preview
  const counts: [string, number][] = [
    [t.questions, report.counts.questions],
    [t.answers, report.counts.answers],
    [t.paragraphs, report.counts.paragraphs],
    [t.headings, report.counts.headings],
    [t.ctas, report.counts.ctas],
    [t.images, report.counts.images],
  ]
  const summary: [string, React.ReactNode][] = [
    [t.titleLabel, preview.title],
    [t.series, preview.series ?? t.none],
    [
      t.company,
      preview.company
        ? `${preview.company.name} (${preview.company.slug})`
        : report.companyHint
          ? t.companyNotFound(report.companyHint)
          : t.none,
    ],
    [t.date, preview.publishedAt ? day(preview.publishedAt) : t.none],
    ...(preview.interviewDate ? [[t.interviewDate, day(preview.interviewDate)] as [string, string]] : []),
    [t.slug, preview.slug],
    [t.lead, preview.lead || t.none],
  ]

  return (
    <div data-testid="import-preview" style={{ marginTop: 'calc(var(--base) * 2)' }}>
      <h2>{t.recognised}</h2>
      <table style={table}>
        <tbody>
          {summary.map(([label, value]) => (
            <tr key={label}>
              <th style={{ ...cell, width: '12rem' }}>{label}</th>
              <td style={{ ...cell, whiteSpace: 'pre-wrap' }}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.filledLinks > 0 && <p style={muted}>{t.filledLinks(preview.filledLinks)}</p>}

      <section style={section} data-testid="import-interviewees">
        <h3>
          {t.interviewees} ({preview.interviewees.length})
        </h3>
        {preview.interviewees.length === 0 && <p style={muted}>{t.noInterviewees}</p>}
        <table style={table}>
          <thead>
            <tr>
              {[t.name, t.organization, t.role, t.alumni].map((label) => (
                <th key={label} style={cell}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.interviewees.map((person) => (
              <tr key={person.name}>
                <td style={cell}>{person.name}</td>
                <td style={cell}>{person.organization ?? ''}</td>
                <td style={cell}>{person.role ?? ''}</td>
                <td style={cell}>{person.isAlumni ? '✓' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section style={section} data-testid="import-counts">
        <h3>{t.counts}</h3>
        <p>{counts.map(([label, n]) => `${label} ${n}`).join(' · ')}</p>
      </section>

      <ReportLists report={report} lang={lang} />

      <section style={section}>
        <h3>{t.outline}</h3>
        <ol>
          {preview.outline.map((item, i) => (
            <li key={i} style={{ marginBottom: 4 }}>
              <strong>{KINDS[item.type][lang]}</strong>
              {item.speaker && ` (${item.speaker})`}: {item.text}
              {item.type === 'cta' && <span style={muted}> → {item.url || t.none}</span>}
            </li>
          ))}
        </ol>
      </section>

      <details style={section}>
        <summary>{t.lines}</summary>
        <table style={table}>
          <thead>
            <tr>
              <th style={cell}>{t.line}</th>
              <th style={cell}>{t.kind}</th>
              <th style={cell}>{t.text}</th>
            </tr>
          </thead>
          <tbody>
            {report.recognised.map((line) => (
              <tr key={line.line}>
                <td style={cell}>{line.line}</td>
                <td style={cell}>
                  {KINDS[line.kind][lang]}
                  {line.speaker && line.kind === 'answer' ? ` (${line.speaker})` : ''}
                </td>
                <td style={cell}>{line.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  )
}
