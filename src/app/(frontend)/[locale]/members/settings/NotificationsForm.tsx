'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { ChoiceGroup } from '@/components/forms/fields'
import { FormMessage } from '@/components/forms/FormMessage'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { useKeepValues } from '@/components/forms/useKeepValues'
import { usePermalink } from '@/components/forms/usePermalink'
import { NOTIFICATION_KINDS, type NotificationState, type NotificationValues } from '@/account/notifications'

import { saveNotificationsAction } from './actions'

export function NotificationsForm({ initial }: { initial: NotificationValues }) {
  const t = useTranslations('settings.notifications')
  const [state, formAction, pending] = useActionState<NotificationState, FormData>(
    saveNotificationsAction,
    { status: 'idle', values: initial, errors: {} },
    usePermalink('/members/settings'),
  )
  const { formRef, onSubmit } = useKeepValues(formAction, state)
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-5">
      <ChoiceGroup
        name="notifications"
        legend={t('legend')}
        type="checkbox"
        className="[&>div]:flex-col"
        options={NOTIFICATION_KINDS.map((kind) => ({ value: kind, label: t(kind), hint: t(`${kind}Hint`) }))}
        checked={(kind) => state.values[kind as keyof NotificationValues]}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} working="saving">{t('save')}</SubmitButton>
        <FormMessage state={state} saved={t('saved')} />
      </div>
    </form>
  )
}
