/**
 * nginx (Debian's nginx-light) for the benchmark and the reverse-proxy test: a `server { }`
 * config wrapped in a minimal main config inside a temporary prefix, started with `-p` and `-c`,
 * in the foreground, on its own port. Nothing outside the prefix is written.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const NGINX = process.env.NGINX_BIN || '/usr/sbin/nginx'

/** Fails at once, with what to install, where a run would otherwise fail minutes later. */
export const requireNginx = () => {
  if (!existsSync(NGINX)) throw new Error(`No nginx at ${NGINX}. Install it (Debian: apt-get install nginx-light) or set NGINX_BIN.`)
}

export type Nginx = { prefix: string; process: ChildProcess; stop: () => Promise<void> }

const root = path.resolve(import.meta.dirname, '../..')

/**
 * deploy/nginx/enishi.conf as shipped, with only its three "test:" values swapped: the cache
 * directory, the app's address and the port nginx listens on.
 */
export const deployConfig = ({ appPort, port, cacheDir }: { appPort: number; port: number; cacheDir: string }) => {
  const text = readFileSync(path.join(root, 'deploy/nginx/enishi.conf'), 'utf8')
  const swapped = text
    .replace('/var/cache/nginx/enishi', cacheDir)
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
  if (swapped.includes(':3000;') || !swapped.includes(cacheDir)) throw new Error('deploy/nginx/enishi.conf no longer has the expected test: lines')
  return swapped
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })

/** Starts nginx with `server` (text of one or more `server { }` blocks and http-level directives). */
export const startNginx = async (server: string, port: number): Promise<Nginx> => {
  requireNginx()
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'enishi-nginx-'))
  for (const dir of ['logs', 'temp', 'cache']) mkdirSync(path.join(prefix, dir))
  // As root, nginx's workers would run as nobody and could not read the private temporary prefix.
  const user = process.getuid?.() === 0 ? 'user root;\n' : ''
  const conf = `# written by tests/helpers/nginx.ts
daemon off;
${user}worker_processes 2;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path ${prefix}/temp/body;
    proxy_temp_path ${prefix}/temp/proxy;
    fastcgi_temp_path ${prefix}/temp/fastcgi;
    uwsgi_temp_path ${prefix}/temp/uwsgi;
    scgi_temp_path ${prefix}/temp/scgi;
${server}
}
`
  writeFileSync(path.join(prefix, 'nginx.conf'), conf)
  // -e: the log nginx opens before it has read the config, inside the prefix as well.
  const args = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'logs/error.log')]
  execFileSync(NGINX, ['-t', '-q', ...args], { stdio: 'inherit' })
  const child = spawn(NGINX, args, { stdio: ['ignore', 'inherit', 'inherit'] })
  for (let i = 0; i < 100 && !(await portOpen(port)); i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${prefix}/logs/error.log)`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    prefix,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGQUIT')
        await exited
      }
      rmSync(prefix, { recursive: true, force: true })
    },
  }
}
