import type { DateField } from 'payload'

/**
 * When the document becomes visible to readers. Read access hides published documents until
 * this moment passes, so a future date keeps a published document out of sight.
 */
export const publishedAtField = (): DateField => ({
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: { ja: '公開日時', en: 'Publish date' },
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description: {
      ja: '未来の日時にすると、その時刻まで読者には表示されません。',
      en: 'Readers see the document only from this moment on.',
    },
  },
  hooks: {
    beforeChange: [
      ({ value, siblingData }) =>
        !value && siblingData?._status === 'published' ? new Date().toISOString() : value,
    ],
  },
})
