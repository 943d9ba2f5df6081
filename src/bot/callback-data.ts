import { z } from 'zod'

/** Telegram refuses callback data longer than this (in bytes). */
export const CALLBACK_DATA_LIMIT = 64

const SEPARATOR = ':'

/**
 * The one wire format of callback data: `prefix:value1:value2`, values in the order of the shape, each
 * checked with zod on the way back in. Values are ids and small enums, never free text, so they never
 * contain the separator. Anything forged or stale unpacks to `undefined`.
 */
export function codec<Shape extends z.ZodRawShape>(prefix: string, shape: Shape) {
  const keys = Object.keys(shape) as (keyof Shape & string)[]
  const schema = z.object(shape)
  type Input = z.input<typeof schema>
  type Output = z.output<typeof schema>
  const pattern = new RegExp(`^${prefix}${SEPARATOR}`)

  return {
    /** A regular expression for `composer.callbackQuery(...)`. */
    filter: () => pattern,
    pack(data: Input): string {
      const values = keys.map((key) => String((data as Record<string, unknown>)[key]))
      if (values.some((value) => value.includes(SEPARATOR)))
        throw new Error(`callback value contains "${SEPARATOR}"`)
      const packed = [prefix, ...values].join(SEPARATOR)
      if (Buffer.byteLength(packed) > CALLBACK_DATA_LIMIT)
        throw new Error(`callback data over 64 bytes: ${packed}`)
      return packed
    },
    unpack(data: string | undefined): Output | undefined {
      if (!data || !pattern.test(data)) return undefined
      const values = data.split(SEPARATOR).slice(1)
      if (values.length !== keys.length) return undefined
      const parsed = schema.safeParse(Object.fromEntries(keys.map((key, index) => [key, values[index]])))
      return parsed.success ? parsed.data : undefined
    },
  }
}
