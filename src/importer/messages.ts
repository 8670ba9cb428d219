/**
 * Report messages in Japanese and English, for the CLI, the admin view and the endpoint's
 * error answers. Kept apart from the parser so the parser returns data, not prose.
 */
import type { ErrorCode, ImportWarning, LineKind, WarningCode } from './types'

export type Lang = 'ja' | 'en'

type Text = (subject: string) => string

const WARNINGS: Record<WarningCode, Record<Lang, Text>> = {
  'no-date': {
    ja: () => '日付の行がありません（公開日は空のままです）',
    en: () => 'No date line (the publish date stays empty)',
  },
  'bad-date': {
    ja: (s) => `「${s}」は存在しない日付です。本文として残しました`,
    en: (s) => `"${s}" is not a real date; kept as text`,
  },
  'no-lead': {
    ja: () => 'リード文が見つかりません（公開前に入力してください）',
    en: () => 'No lead found (fill it in before publishing)',
  },
  'no-profile': {
    ja: () => '【プロフィール】がありません',
    en: () => 'No 【プロフィール】 (profile) block',
  },
  'speaker-inferred': {
    ja: (s) => `インタビュイー「${s}」は回答の話者名から補いました（所属・役職を確認してください）`,
    en: (s) => `Interviewee "${s}" was taken from an answer label (check organisation and role)`,
  },
  'unknown-speaker': {
    ja: (s) => `「${s}」はインタビュイーではないため、本文の段落として残しました`,
    en: (s) => `"${s}" is not an interviewee; kept as a paragraph`,
  },
  'ambiguous-speaker': {
    ja: (s) => `「${s}」に当てはまるインタビュイーが複数います。本文の段落として残しました`,
    en: (s) => `"${s}" matches several interviewees; kept as a paragraph`,
  },
  unattributed: {
    ja: () => '質問の直後の段落に話者名がなく、インタビュイーが複数のため話者を決められません',
    en: () => 'A paragraph right after a question has no speaker, and several people are interviewed',
  },
  'cta-without-url': {
    ja: (s) => `リンク「${s}」にURLがありません（企業のアルムナイ登録URLがあればそれを使います）`,
    en: (s) => `Link "${s}" has no URL (the company's alumni sign-up URL is used when it has one)`,
  },
  'silent-interviewee': {
    ja: (s) => `「${s}」の回答がありません`,
    en: (s) => `"${s}" never answers`,
  },
  'long-title': {
    ja: () => 'タイトルが長すぎます（1行目がタイトルです）',
    en: () => 'The title is very long (the first line is the title)',
  },
  'no-interviewees': {
    ja: () => 'インタビュイーが見つかりません。下書きの編集画面で追加してください（回答は話者なしの段落として残しました）',
    en: () => 'No interviewees found: add them on the edit page (answers were kept as paragraphs without a speaker)',
  },
  'no-questions': {
    ja: () => '質問も回答も見つかりません（本文は段落として残しました）',
    en: () => 'No questions or answers found (the text was kept as paragraphs)',
  },
  unplaced: {
    ja: (s) => `「${s}」をどこに置くか決められず、段落として残しました`,
    en: (s) => `"${s}" fitted nothing else; kept as a paragraph`,
  },
  'image-alt': {
    ja: (s) => `画像「${s}」の代替テキストは仮のものです。画像の内容を説明する文に書き換えてください`,
    en: (s) => `Image "${s}" has a placeholder alt text: describe the image before publishing`,
  },
  'image-format': {
    ja: (s) => `画像「${s}」はメディアに登録できない形式のため、本文に名前だけ残しました`,
    en: (s) => `Image "${s}" is of a type the media library does not take; only its name was kept`,
  },
}

const ERRORS: Record<ErrorCode, Record<Lang, string>> = {
  empty: { ja: 'テキストが空です', en: 'The text is empty' },
}

export const KINDS: Record<LineKind, Record<Lang, string>> = {
  title: { ja: 'タイトル', en: 'Title' },
  date: { ja: '日付', en: 'Date' },
  lead: { ja: 'リード文', en: 'Lead' },
  'profile-marker': { ja: 'プロフィール', en: 'Profile' },
  interviewee: { ja: 'インタビュイー', en: 'Interviewee' },
  question: { ja: '質問', en: 'Question' },
  answer: { ja: '回答', en: 'Answer' },
  heading: { ja: '見出し', en: 'Heading' },
  cta: { ja: 'リンク', en: 'Link' },
  'cta-url': { ja: 'リンクURL', en: 'Link URL' },
  note: { ja: '注記・キャプション', en: 'Note or caption' },
  image: { ja: '画像', en: 'Image' },
  paragraph: { ja: '段落', en: 'Paragraph' },
}

export const warningText = (warning: ImportWarning, lang: Lang): string => {
  const text = WARNINGS[warning.code][lang](warning.subject ?? '')
  return warning.line ? `${lang === 'ja' ? `${warning.line}行目: ` : `line ${warning.line}: `}${text}` : text
}

export const errorText = (code: ErrorCode, lang: Lang): string => ERRORS[code][lang]
