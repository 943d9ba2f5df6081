import { autoRetry } from '@grammyjs/auto-retry'
import type { RawApi } from 'grammy'

/**
 * Telegram's 429 on the interactive path: wait `retry_after` and send again, when that is short enough for
 * a person waiting for an answer. Network errors and 5xx are not retried here (the request may have gone
 * out: the error boundary tells the person instead of sending twice).
 */
export const INTERACTIVE_RETRY = {
  maxDelaySeconds: 5,
  maxRetryAttempts: 3,
  rethrowHttpErrors: true,
  rethrowInternalServerErrors: true,
} as const

type Fetch = (url: string | URL | Request, init?: RequestInit) => Promise<Response>
type Transformer = ReturnType<typeof autoRetry>

/**
 * Runs `@grammyjs/auto-retry` at the HTTP level, as a `client.fetch`. A transformer added with
 * `bot.api.config.use` does not reach conversations (they build their own Api from the client options),
 * and one added as a conversation plugin would sit outside the replay recorder, so the 429 would be
 * recorded and its wait repeated on every replay. Below the recorder only the final answer is stored.
 * Only JSON bodies (strings) are sent again; a streamed upload goes through once.
 */
export function retryingFetch(base: Fetch, options = INTERACTIVE_RETRY): Fetch {
  const retry: Transformer = autoRetry(options)
  return async (url, init) => {
    if (typeof init?.body !== 'string') return base(url, init)
    let response: Response | undefined
    const once = async () => {
      response = await base(url, init)
      // Not JSON (a proxy's error page): nothing to retry; grammY reads the response as usual.
      return response
        .clone()
        .json()
        .catch(() => ({ ok: true, result: true }))
    }
    const method = String(url).split('/').pop() as keyof RawApi
    const signal = (init.signal ?? undefined) as Parameters<Transformer>[3]
    await retry(once as Parameters<Transformer>[0], method, {} as never, signal)
    return response as Response
  }
}
