/**
 * The title line: `【連載名/会社名】タイトル` (or `[Series / Company] Title`). The marker names the
 * series and, after a slash, the company the case study is about.
 */
export type TitleLine = { title: string; series?: string; companyHint?: string }

const MARKER = /^[【\[［]([^】\]］]+)[】\]］]\s*(.*)$/

export const parseTitleLine = (line: string): TitleLine => {
  const match = MARKER.exec(line)
  if (!match) return { title: line }
  const [, inner, rest] = match
  const [series, ...company] = inner.split(/[/／|｜]/).map((part) => part.trim())
  const companyHint = company.join('/') || undefined
  // A line that is only a marker is the title itself.
  if (!rest.trim()) return { title: inner.trim() }
  return { title: rest.trim(), series: series || undefined, companyHint }
}
