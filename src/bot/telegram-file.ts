import { pipeline, Readable, Transform } from 'node:stream'
import type { Api } from 'grammy'

/** The Bot API lets a bot download files up to 20 MB. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024

const TELEGRAM_API_ROOT = 'https://api.telegram.org'

/** A download that failed; its message never holds the file URL (the URL carries the bot token). */
export class FileDownloadError extends Error {}

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
 * Streams a file the bot received: getFile for its path, then the file URL under the same Bot API root the
 * bot talks to (`BOT_API_ROOT`), so a local Bot API server or the test server serves it too.
 */
export async function downloadTelegramFile(api: Api, apiRoot: string | undefined, fileId: string) {
  const file = await api.getFile(fileId)
  if (!file.file_path) throw new FileDownloadError('getFile gave no file_path')
  const response = await fetch(`${apiRoot ?? TELEGRAM_API_ROOT}/file/bot${api.token}/${file.file_path}`)
  if (!response.ok || !response.body) throw new FileDownloadError(`file download answered ${response.status}`)
  const limited = capped(MAX_DOWNLOAD_BYTES)
  // pipeline destroys `limited` with the error of either side, so the reader of the file sees it.
  pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), limited, () => {})
  return limited
}
