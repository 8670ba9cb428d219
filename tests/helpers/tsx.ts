/**
 * A project script run the way `npm run` runs it (`tsx script args…`), its output captured; an
 * unsettled tsx start is tried again (scripts/lib/processes.ts). Throws with the exit code or
 * signal and the output when the script fails.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { retryUnsettled } from '../../scripts/lib/processes'

const root = path.resolve(import.meta.dirname, '../..')

type Ran = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

const runOnce = (args: string[], env?: NodeJS.ProcessEnv) =>
  new Promise<Ran>((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), args, {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })

export const runTsx = async (args: string[], { env }: { env?: NodeJS.ProcessEnv } = {}) => {
  const ran = await retryUnsettled(() => runOnce(args, env))
  if (ran.code !== 0) {
    throw new Error(
      `tsx ${args.join(' ')} ended with ${ran.signal ?? `exit code ${ran.code}`}\n${ran.stdout}${ran.stderr}`,
    )
  }
  return ran
}
