import type { TextField } from 'payload'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** URL slug shared by every locale: lowercase ASCII words joined by hyphens. */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  label: { ja: 'スラッグ（URL）', en: 'Slug (URL)' },
  admin: {
    position: 'sidebar',
    description: {
      ja: '半角英小文字・数字・ハイフン（例: ayumi-design-2026）',
      en: 'Lowercase letters, digits and hyphens (e.g. ayumi-design-2026)',
    },
  },
  validate: (value: string | null | undefined) =>
    typeof value === 'string' && SLUG_PATTERN.test(value)
      ? true
      : 'Use lowercase letters, digits and single hyphens (e.g. my-article)',
})
