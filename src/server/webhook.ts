import type { Api } from 'grammy'
import type { WebhookConfig } from '../config.ts'
import type { Logger } from '../logger.ts'
import { ALLOWED_UPDATES } from './update-gate.ts'

/** Telegram's default and maximum is 40 parallel webhook connections; the gate keeps chats apart anyway. */
const MAX_CONNECTIONS = 40

/**
 * Tells Telegram where to post updates and the secret to send with them. Every instance does it at start
 * with the same values, so it is idempotent; pending updates are kept. Telegram's last delivery error, if
 * any, is logged so an operator sees why updates did not arrive.
 */
export async function registerWebhook(api: Api, webhook: WebhookConfig, logger: Logger): Promise<void> {
  await api.setWebhook(webhook.url, {
    secret_token: webhook.secret,
    allowed_updates: [...ALLOWED_UPDATES],
    max_connections: MAX_CONNECTIONS,
  })
  const info = await api.getWebhookInfo()
  logger.info(
    { pending: info.pending_update_count, lastError: info.last_error_message },
    'webhook registered with Telegram',
  )
}
