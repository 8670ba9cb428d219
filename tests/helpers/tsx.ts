/**
 * A project script run the way `npm run` runs it (`tsx script args…`), output captured. Exit code
 * 13 is Node 20's "unsettled top-level await": tsx now and then never finishes loading a module
 * graph, so nothing ran; that run is tried again once, as scripts/lib/processes.ts does.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

const root = path.resolve(import.meta.dirname, '../..')
const execFileAsync = promisify(execFile)

export const runTsx = async (args: string[], { env }: { env?: NodeJS.ProcessEnv } = {}) => {
  const once = () => execFileAsync(path.join(root, 'node_modules/.bin/tsx'), args, { cwd: root, env, encoding: 'utf8' })
  const named = (error: unknown) => {
    const { code, signal, stdout, stderr } = error as { code?: unknown; signal?: unknown; stdout?: string; stderr?: string }
    return new Error(`tsx ${args.join(' ')} ended with ${signal ?? `exit code ${code}`}\n${stdout ?? ''}${stderr ?? ''}`)
  }
  try {
    return await once()
  } catch (error) {
    if ((error as { code?: unknown }).code !== 13) throw named(error)
    return once().catch((again: unknown) => Promise.reject(named(again)))
  }
}
