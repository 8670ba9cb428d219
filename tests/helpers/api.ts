/**
 * A small in-process client for Payload's REST and GraphQL APIs. It calls the same Next route
 * handlers the app mounts under src/app/(payload)/api (REST_GET, …, GRAPHQL_POST from
 * @payloadcms/next/routes) with real `Request` objects, so requests go through Payload's
 * routing, authentication (an `Authorization: JWT <token>` header), access control,
 * validation and error handling exactly as they would behind `next start` — without a server.
 */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { withClientErrors } from '../../src/security/clientErrors'
import { limitBody } from '../../src/security/bodyLimits'
import { limitGraphQL } from '../../src/security/graphqlLimits'
import { testConfig } from './payload'

type RouteHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/** As the app mounts them (src/app/(payload)/api/[...slug]/route.ts). */
export const rest: Record<Method, RouteHandler> = {
  GET: REST_GET(testConfig),
  POST: limitBody(testConfig, 'rest', withClientErrors(REST_POST(testConfig))),
  PATCH: limitBody(testConfig, 'rest', withClientErrors(REST_PATCH(testConfig))),
  DELETE: REST_DELETE(testConfig),
}
/** As the app mounts it (src/app/(payload)/api/graphql/route.ts). */
export const graphqlPost = limitBody(
  testConfig,
  'graphql',
  withClientErrors(limitGraphQL(GRAPHQL_POST(testConfig) as (request: Request) => Promise<Response>)),
)

const ORIGIN = 'http://localhost:3000'

/** A document as JSON: values are checked by the tests, not typed here. */
export type Doc = { id: number; [field: string]: unknown }

/** The JSON bodies Payload's REST API answers with (a list, a document, a count or an error). */
export type RestBody = {
  docs?: Doc[]
  totalDocs?: number
  doc?: Doc
  message?: string
  errors?: { message: string; name?: string; data?: { errors?: { message: string; path: string }[] } }[]
  [field: string]: unknown
}

export type RestResponse = { status: number; body: RestBody }

export type GraphQLResponse = {
  status: number
  data: Record<string, unknown> | null | undefined
  errors?: { message: string; extensions?: { statusCode?: number; name?: string } }[]
}

/**
 * Payload's REST query syntax in bracket notation (what `qs` produces):
 * `{ where: { slug: { in: ['a', 'b'] } } }` → `where[slug][in][0]=a&where[slug][in][1]=b`.
 */
export const toQueryString = (query: Record<string, unknown>): string => {
  const params = new URLSearchParams()
  const add = (key: string, value: unknown) => {
    if (value === undefined) return
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v)
    } else {
      params.append(key, String(value))
    }
  }
  for (const [key, value] of Object.entries(query)) add(key, value)
  const text = params.toString()
  return text ? `?${text}` : ''
}

export class ApiClient {
  constructor(private readonly token?: string) {}

  private headers(): Headers {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (this.token) headers.set('Authorization', `JWT ${this.token}`)
    return headers
  }

  /** The raw response of a REST request (for files and other non-JSON answers). */
  async fetch(method: Method, path: `/${string}`, query?: Record<string, unknown>, body?: unknown): Promise<Response> {
    const request = new Request(`${ORIGIN}/api${path}${query ? toQueryString(query) : ''}`, {
      method,
      headers: this.headers(),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const slug = path.slice(1).split('/')
    return rest[method](request, { params: Promise.resolve({ slug }) })
  }

  private async send(method: Method, path: `/${string}`, query?: Record<string, unknown>, body?: unknown) {
    const response = await this.fetch(method, path, query, body)
    const text = await response.text()
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as RestBody }
  }

  /** GET /api/<path>, e.g. get('/interviews', { where: { slug: { equals: 'x' } } }) */
  get(path: `/${string}`, query?: Record<string, unknown>): Promise<RestResponse> {
    return this.send('GET', path, query)
  }

  post(path: `/${string}`, body: unknown, query?: Record<string, unknown>): Promise<RestResponse> {
    return this.send('POST', path, query, body)
  }

  patch(path: `/${string}`, body: unknown, query?: Record<string, unknown>): Promise<RestResponse> {
    return this.send('PATCH', path, query, body)
  }

  delete(path: `/${string}`, query?: Record<string, unknown>): Promise<RestResponse> {
    return this.send('DELETE', path, query)
  }

  /**
   * POST /api/<collection> as the admin panel uploads a file: multipart form data with the
   * file and the other fields as JSON in `_payload`.
   */
  async upload(path: `/${string}`, data: Record<string, unknown>, file: { data: Buffer; name: string; type: string }) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
    form.append('_payload', JSON.stringify(data))
    const headers = new Headers()
    if (this.token) headers.set('Authorization', `JWT ${this.token}`)
    const request = new Request(`${ORIGIN}/api${path}`, { method: 'POST', headers, body: form })
    const response = await rest.POST(request, { params: Promise.resolve({ slug: path.slice(1).split('/') }) })
    const text = await response.text()
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as RestBody }
  }

  /** POST /api/graphql */
  async graphql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
    const request = new Request(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ query, variables }),
    })
    const response = await graphqlPost(request)
    const json = (await response.json()) as Omit<GraphQLResponse, 'status'>
    return { status: response.status, ...json }
  }
}

/** A client without credentials: what a visitor's browser can do. */
export const anonymous = (): ApiClient => new ApiClient()

/** A client signed in with a token from `payload.login`. */
export const signedIn = (token: string): ApiClient => new ApiClient(token)
