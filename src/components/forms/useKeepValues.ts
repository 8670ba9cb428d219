'use client'

import { type FormEvent, startTransition, useEffect, useRef } from 'react'

/**
 * React resets a form after its action runs, which would wipe what the person typed when the
 * answer is "please correct this field". Submitting through onSubmit keeps every value as
 * typed (passwords included, without sending them back); `action` stays on the form for
 * browsers without JavaScript, whose values the server sends back instead.
 *
 * Also moves focus to the first field marked invalid (or the form's alert) after each answer.
 */
export const useKeepValues = (formAction: (data: FormData) => void, state: unknown) => {
  const formRef = useRef<HTMLFormElement>(null)
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')
    target?.focus()
  }, [state])
  return { formRef, onSubmit }
}
