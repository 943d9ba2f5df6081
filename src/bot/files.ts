import type { Api } from 'grammy'

/** Reads a text file a person sent (a document) as UTF-8. */
export type TextFileReader = (api: Api, fileId: string) => Promise<string>

/**
 * Downloads through the bot's own HTTP client (its retries, the local Bot API in tests). The download
 * address holds the token, so a failure is reported without it.
 */
export function textFileReader(
  token: string,
  apiRoot: string,
  fetch: typeof globalThis.fetch,
): TextFileReader {
  return async (api, fileId) => {
    const file = await api.getFile(fileId)
    if (!file.file_path) throw new Error('Telegram gave no path for the file')
    let response: Response
    try {
      response = await fetch(`${apiRoot}/file/bot${token}/${file.file_path}`)
    } catch {
      throw new Error('the file could not be downloaded')
    }
    if (!response.ok) throw new Error(`the file download failed with HTTP ${response.status}`)
    return new TextDecoder('utf-8').decode(await response.arrayBuffer())
  }
}
