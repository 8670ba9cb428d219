/** Labels of the roster import view, in the admin's two languages. */
export type Lang = 'ja' | 'en'
export const toLang = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'ja')

const STRINGS = {
  ja: {
    title: '名簿をCSVで取り込む',
    intro:
      '見出し行つきのCSV（氏名・メールアドレス・社員番号・入社年・退職年・部署。英語の見出し name, email, employeeNumber, joinedYear, leftYear, department も可）を貼り付けるかファイルを選び、「プレビュー」で行ごとの確認結果を見てから取り込みます。エラーのある行は取り込まれません。',
    file: 'CSVファイル',
    paste: 'またはCSVを貼り付け',
    preview: 'プレビュー',
    previewing: '確認中…',
    line: '行',
    name: '氏名',
    email: 'メール',
    employeeNumber: '社員番号',
    joinedYear: '入社年',
    leftYear: '退職年',
    department: '部署',
    result: '確認結果',
    ok: 'OK',
    counts: (ok: number, bad: number) => `取り込める行 ${ok}件・エラーのある行 ${bad}件`,
    import: (n: number) => `${n}件を取り込む`,
    importing: '取り込み中',
    progress: (done: number, total: number) => `${done} / ${total} 件`,
    summary: (created: number, failed: number) => `取り込み完了: ${created}件を追加、${failed}件はエラーのため追加しませんでした。`,
    invite: (n: number) => `メールアドレスのある${n}人に招待メールを送る`,
    inviting: '送信中…',
    invited: (sent: number, skipped: number) => `招待メールを${sent}件送りました${skipped ? `（登録済みなどで${skipped}件は送っていません）` : ''}。`,
    failed: 'エラーが発生しました',
    open: '名簿を開く',
  },
  en: {
    title: 'Import the roster from CSV',
    intro:
      'Paste a CSV with a header row (name, email, employeeNumber, joinedYear, leftYear, department; the Japanese headers 氏名, メールアドレス, 社員番号, 入社年, 退職年, 部署 work too) or choose a file, check each row in the preview, then import. Rows with errors are not imported.',
    file: 'CSV file',
    paste: 'or paste the CSV',
    preview: 'Preview',
    previewing: 'Checking…',
    line: 'Line',
    name: 'Name',
    email: 'Email',
    employeeNumber: 'Employee number',
    joinedYear: 'Joined',
    leftYear: 'Left',
    department: 'Department',
    result: 'Check',
    ok: 'OK',
    counts: (ok: number, bad: number) => `${ok} rows ready, ${bad} with errors`,
    import: (n: number) => `Import ${n} rows`,
    importing: 'Importing',
    progress: (done: number, total: number) => `${done} / ${total}`,
    summary: (created: number, failed: number) => `Import finished: ${created} added, ${failed} not added because of errors.`,
    invite: (n: number) => `Send an invitation to the ${n} people with an email address`,
    inviting: 'Sending…',
    invited: (sent: number, skipped: number) => `${sent} invitations sent${skipped ? ` (${skipped} not sent: already registered or no address)` : ''}.`,
    failed: 'Something went wrong',
    open: 'Open the roster',
  },
}

export const strings = (lang: Lang) => STRINGS[lang]
