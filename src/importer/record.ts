/** The running record of a parse: what each line became, and what the editor should check. */
import type { Line } from './lines'
import type { ImportWarning, LineKind, RecognisedLine } from './types'

export class Recorder {
  readonly lines: RecognisedLine[] = []
  readonly warnings: ImportWarning[] = []

  mark(line: Line, kind: LineKind, speaker?: string): void {
    this.lines.push({ line: line.no, kind, text: line.text, ...(speaker ? { speaker } : {}) })
  }

  /** What a line marked already became after all. */
  remark(line: Line, kind: LineKind): void {
    const entry = this.lines.find((l) => l.line === line.no)
    if (entry) Object.assign(entry, { kind, speaker: undefined })
  }

  warn(warning: ImportWarning): void {
    this.warnings.push(warning)
  }
}
