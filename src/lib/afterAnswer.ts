import { after } from 'next/server'

/**
 * Runs `work` once the answer has been sent (Next's `after`), so that the answer's time never
 * depends on it. Outside a request — scripts, the Local API in tests — it starts a moment later
 * instead. `work` handles its own errors.
 */
export const afterAnswer = (work: () => Promise<unknown>): void => {
  try {
    after(work)
  } catch {
    setTimeout(() => void work(), 10)
  }
}
