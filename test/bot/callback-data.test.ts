import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { codec } from '../../src/bot/callback-data.ts'

const pageData = codec('pg', { id: z.string().regex(/^\w+$/), page: z.coerce.number().int().min(0) })

describe('callback data', () => {
  it('packs ids compactly and unpacks them typed', () => {
    const packed = pageData.pack({ id: 'q7', page: 2 })
    expect(packed).toBe('pg:q7:2')
    expect(pageData.unpack(packed)).toEqual({ id: 'q7', page: 2 })
    expect(pageData.filter().test(packed)).toBe(true)
  })

  it.each(['pg:q7', 'pg:q7:-1', 'pg:q7:x', 'pg:q 7:1', 'xx:q7:1', 'pg:q7:1:9', '', undefined])(
    'turns forged or stale data %j into nothing',
    (data) => {
      expect(pageData.unpack(data)).toBeUndefined()
    },
  )

  it('refuses to build data Telegram would reject', () => {
    expect(() => pageData.pack({ id: 'x'.repeat(70), page: 1 })).toThrow(/64 bytes/)
    expect(() => pageData.pack({ id: 'a:b', page: 1 })).toThrow(/contains/)
  })
})
