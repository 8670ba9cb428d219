/** The running record of a parse: what each line became, and what the editor should check. */
import type { Line } from './lines'
import type { ImportWarning, LineKind, RecognisedLine } from './types'

export class Recorder {
  readonly lines: RecognisedLine[] = []
  readonly warnings: ImportWarning[] = []

  mark(line: Line, kind: LineKind, speaker?: string): void {
    this.lines.push({ line: line.no, kind, text: line.text, ...(speaker ? { speaker } : {}) })
  }

  warn(warning: ImportWarning): void {
    this.warnings.push(warning)
  }
}
