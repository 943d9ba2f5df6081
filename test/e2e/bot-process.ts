import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { ROOT } from '../support/processes.ts'

/** One JSON log line of the bot (pino). */
export interface LogLine {
  level: number
  msg: string
  [field: string]: unknown
}

/** The real program, started the way `npm start` starts it, in a process of its own. */
export interface BotProcess {
  readonly pid: number | undefined
  /** Every JSON log line so far. */
  readonly logs: LogLine[]
  /** Everything it wrote (stdout and stderr), for failure messages. */
  output(): string
  /** Resolves with the first log line (already written or still to come) that matches. */
  waitForLog(match: string | ((line: LogLine) => boolean), timeoutMs?: number): Promise<LogLine>
  /** Sends `signal` (SIGTERM by default) and resolves with the exit code and how long the exit took. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>
  /** Resolves when the process has exited, with its code. */
  readonly exited: Promise<number | null>
}

const PINO_ERROR = 50

/** Starts `node --import tsx src/main.ts` with exactly `env` (plus PATH and HOME). */
export function startBotProcess(env: Record<string, string>): BotProcess {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  })
  const logs: LogLine[] = []
  let text = ''
  const listeners = new Set<(line: LogLine) => void>()
  let partial = ''
  child.stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString()
    partial += chunk.toString()
    const lines = partial.split('\n')
    partial = lines.pop() ?? ''
    for (const raw of lines) {
      if (!raw.startsWith('{')) continue
      try {
        const line = JSON.parse(raw) as LogLine
        logs.push(line)
        for (const listener of listeners) listener(line)
      } catch {
        // A plain line (the "polling started" notice), not a log line.
      }
    }
  })
  child.stderr.on('data', (chunk: Buffer) => {
    text += chunk.toString()
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  let exitCode: number | null | undefined
  void exited.then((code) => {
    exitCode = code
  })

  return {
    pid: child.pid,
    logs,
    output: () => text,
    exited,
    waitForLog(match, timeoutMs = 30_000) {
      const matches = typeof match === 'string' ? (line: LogLine) => line.msg === match : match
      const found = logs.find(matches)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener)
          reject(
            new Error(`no log line ${String(match)} within ${timeoutMs} ms; output:\n${text.slice(-4000)}`),
          )
        }, timeoutMs)
        const listener = (line: LogLine) => {
          if (!matches(line)) return
          clearTimeout(timer)
          listeners.delete(listener)
          resolve(line)
        }
        listeners.add(listener)
        void exited.then(() => {
          if (!listeners.has(listener)) return
          clearTimeout(timer)
          listeners.delete(listener)
          reject(new Error(`the bot exited before ${String(match)}; output:\n${text.slice(-4000)}`))
        })
      })
    },
    async stop(signal = 'SIGTERM') {
      const started = performance.now()
      if (exitCode === undefined) child.kill(signal)
      const code = await exited
      return { code, ms: performance.now() - started }
    },
  }
}

/** Log lines at level error or worse: a healthy run has none. */
export const errorLogs = (bot: BotProcess) => bot.logs.filter((line) => line.level >= PINO_ERROR)
