import { payloadErrorStatus } from './payloadErrors'

/** A Next route handler, as the REST and GraphQL routes mount Payload's. */
export type Handler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

/** A 4xx in Payload's own error shape, so clients read every refusal the same way. */
export const clientError = (message: string, status: number) =>
  Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status })

/**
 * Payload's route handlers answer a body they cannot read with a 500: the GraphQL route lets
 * its "Invalid JSON" escape (Next turns it into a 500), and both report a multipart body that
 * does not parse (no boundary, cut short, not multipart at all) as a server error. These are
 * the client's mistakes: a 400 with a message. A multipart body is read once more to check it;
 * uploads are few and small (staff media, profile photos). Anything else is left as it was.
 */
export const withClientErrors =
  <Args extends unknown[]>(handler: Handler<Args>): Handler<Args> =>
  async (request, ...args) => {
    if ((request.headers.get('content-type') ?? '').toLowerCase().includes('multipart/')) {
      const readable = await request
        .clone()
        .formData()
        .then(() => true)
        .catch(() => false)
      if (!readable) return clientError('The multipart body could not be read.', 400)
    }
    try {
      return await handler(request, ...args)
    } catch (error) {
      const status = payloadErrorStatus(error) ?? 500
      if (status >= 500) throw error
      return clientError((error as Error).message, status)
    }
  }
