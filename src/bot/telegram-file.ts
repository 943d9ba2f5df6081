import { pipeline, Readable, Transform } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import type { ReadableStream } from 'node:stream/web'
import type { Api } from 'grammy'

/** The Bot API lets a bot download files up to 20 MB. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024

/** A download that failed; its message never holds the file URL (the URL carries the bot token). */
export class FileDownloadError extends Error {}

/** Files people send the bot (an admin's list, an article as .txt), fetched from Telegram. */
export interface TelegramFiles {
  /** Streams the file; the stream fails with a FileDownloadError past `limit` bytes. */
  open(api: Api, fileId: string, limit?: number): Promise<Readable>
  /** The whole file as UTF-8 text, for small files. */
  readText(api: Api, fileId: string, limit?: number): Promise<string>
}

/** Stops a download that grows past the limit (a file_size can be missing or wrong). */
function capped(limit: number) {
  let received = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length
      done(received > limit ? new FileDownloadError('file larger than the download limit') : null, chunk)
    },
  })
}

/**
 * Downloads through the bot's own HTTP client (its retries) under the Bot API root the bot talks to, so a
 * local Bot API server or the test server serves the files too: getFile for the path, then the file URL.
 */
export function telegramFiles(token: string, apiRoot: string, fetch: typeof globalThis.fetch): TelegramFiles {
  const open = async (api: Api, fileId: string, limit = MAX_DOWNLOAD_BYTES) => {
    const file = await api.getFile(fileId)
    if (!file.file_path) throw new FileDownloadError('getFile gave no file_path')
    let response: Response
    try {
      response = await fetch(`${apiRoot}/file/bot${token}/${file.file_path}`)
    } catch {
      throw new FileDownloadError('the file could not be downloaded')
    }
    if (!response.ok || !response.body)
      throw new FileDownloadError(`file download answered ${response.status}`)
    const limited = capped(limit)
    // pipeline destroys `limited` with the error of either side, so the reader of the file sees it.
    pipeline(Readable.fromWeb(response.body as ReadableStream), limited, () => {})
    return limited
  }
  return {
    open,
    async readText(api, fileId, limit) {
      const bytes = await buffer(await open(api, fileId, limit))
      return new TextDecoder('utf-8').decode(bytes)
    },
  }
}
