'use client'

import { type FormEvent, startTransition, useEffect, useRef } from 'react'

/**
 * Submits a form to its server action without React's automatic form reset, so whatever the
 * person typed stays in place when the answer is "please correct this field". The form keeps
 * its `action` for browsers without JavaScript; their values come back from the server.
 * After each answer, focus moves to the first field in error, or to the form's message.
 */
export const useMemberForm = (formAction: (data: FormData) => void, state: unknown) => {
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
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-message]')?.focus()
  }, [state])
  return { formRef, onSubmit }
}
