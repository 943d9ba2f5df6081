// The buttons under every announcement push: "Atur langganan" opens /langganan's screen and "Berhenti"
// runs /berhenti, each as a new message in the chat (the push itself stays as it is).
import { Composer } from 'grammy'
import type { Context } from '../context.ts'
import { pushData } from '../keyboards/push.ts'
import { showSubscription, stopSubscription } from './subscription/index.ts'

const composer = new Composer<Context>()

composer.callbackQuery(pushData.filter(), async (ctx) => {
  const data = pushData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  if (!data || !ctx.chat) return
  return data.action === 'manage' ? showSubscription(ctx) : stopSubscription(ctx)
})

export { composer as pushFeature }
