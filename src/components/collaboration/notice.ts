import type { Problem } from '@/collaboration/memberActions'

export const PROBLEMS: readonly Problem[] = ['notAllowed', 'notFound', 'invalid', 'duplicate', 'imageInvalid', 'failed']

/** The `?error=` of a page, when it is one of the known problems. */
export const problemParam = (value: unknown): Problem | undefined =>
  typeof value === 'string' && (PROBLEMS as readonly string[]).includes(value) ? (value as Problem) : undefined

/** The `?done=` of a page, when it is one of `allowed`. */
export const doneParam = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined
