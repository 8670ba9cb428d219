import type { GlobalConfig } from 'payload'

import { adminField, isStaff } from '@/access'
import { l } from '@/lib/label'

/** How new registrations are handled. */
export const Membership: GlobalConfig = {
  slug: 'membership',
  label: l('会員設定', 'Membership settings'),
  admin: { group: l('設定', 'Settings') },
  access: { read: ({ req: { user } }) => isStaff(user), update: ({ req: { user } }) => isStaff(user) },
  fields: [
    {
      name: 'autoApproveRosterMatches',
      type: 'checkbox',
      defaultValue: false,
      label: l('名簿と一致した登録を自動承認する', 'Approve registrations that match the roster automatically'),
      admin: {
        description: l(
          '社員番号と入社年が名簿の行と一致し、メールアドレスが確認済みの登録を自動で承認します。',
          'A verified registration whose employee number and join year match a roster row is approved at once.',
        ),
      },
      access: { update: adminField },
    },
  ],
}
