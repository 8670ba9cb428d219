'use client'

import { type FormEvent, startTransition, useEffect, useRef } from 'react'

/**
 * React resets a form after its action runs, which would wipe what the person typed when the
 * answer is "please correct this field". Submitting through onSubmit keeps every value as
 * typed (passwords included, without sending them back), with the button that was pressed;
 * `action` stays on the form for browsers without JavaScript, whose values the server sends
 * back instead.
 *
 * After each answer, focus moves to the first field in error, or to the form's alert or
 * message (FormAlert, FormMessage), so a screen reader reads what happened.
 */
export const useKeepValues = (formAction: (data: FormData) => void, state: unknown) => {
  const formRef = useRef<HTMLFormElement>(null)
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const data = new FormData(event.currentTarget, submitter)
    startTransition(() => formAction(data))
  }
  const answered = useRef(false)
  useEffect(() => {
    if (!answered.current) {
      answered.current = true
      return
    }
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"], [data-form-message]')?.focus()
  }, [state])
  return { formRef, onSubmit }
}
