import { tokenize } from '../text/normalize.ts'

export type SmallTalk = 'greeting' | 'thanks'

const GREETINGS = new Set([
  'halo',
  'hallo',
  'helo',
  'hai',
  'hi',
  'hello',
  'hey',
  'pagi',
  'siang',
  'sore',
  'malam',
  'assalamualaikum',
  'assalamu',
  'alaikum',
  'salam',
  'permisi',
])
const THANKS = new Set([
  'terima',
  'kasih',
  'makasih',
  'makasi',
  'trims',
  'thanks',
  'thank',
  'thx',
  'tq',
  'tengkyu',
  'nuhun',
])
/** Words that go with a greeting or thanks without making it a question. */
const COMPANIONS = new Set([
  'selamat',
  'ya',
  'yaa',
  'yah',
  'ok',
  'oke',
  'okey',
  'okay',
  'banyak',
  'sekali',
  'bot',
  'min',
  'admin',
  'kak',
  'pak',
  'bu',
  'bang',
  'mas',
  'mbak',
  'semua',
  'you',
  'a',
  'lot',
  'much',
  'so',
  'good',
  'morning',
  'afternoon',
  'evening',
  'there',
  'wr',
  'wb',
  'warahmatullahi',
  'wabarakatuh',
  'dan',
])

/**
 * Whether a message is only a greeting ("halo", "selamat pagi") or only thanks ("terima kasih banyak",
 * "makasih ya", "thanks"): every word is one of those or a word that goes with them. Such a message gets a
 * short friendly answer, never a search ("kasih" would otherwise be corrected into a name).
 */
export function smallTalkOf(text: string): SmallTalk | undefined {
  const words = tokenize(text)
  if (words.length === 0 || words.length > 6) return undefined
  if (!words.every((word) => GREETINGS.has(word) || THANKS.has(word) || COMPANIONS.has(word)))
    return undefined
  if (words.some((word) => THANKS.has(word))) return 'thanks'
  return words.some((word) => GREETINGS.has(word)) ? 'greeting' : undefined
}
