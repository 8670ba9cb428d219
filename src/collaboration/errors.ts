import { NotFound, type PayloadRequest, ValidationError } from 'payload'

/**
 * A rule of the board or the feed refused the write: a 400 naming the field, logged at `info`
 * like Payload's own validation errors (an APIError would be logged as a server error).
 */
export const refuse = (req: PayloadRequest, collection: string, path: string, message: string): never => {
  throw new ValidationError({ collection, errors: [{ path, message }], req })
}

/** The document referred to does not exist for this person: a 404. */
export const notFound = (req: PayloadRequest): never => {
  throw new NotFound(req.t)
}
