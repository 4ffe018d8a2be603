import { type ChildProcess, spawn } from 'node:child_process'

/** Starts a command in its own process group, so that `stop` ends it and its children. */
export function startServer(command: string, args: string[], env: NodeJS.ProcessEnv): { process: ChildProcess; stop: () => void } {
  const child = spawn(command, args, { env, stdio: 'ignore', detached: true })
  const stop = () => {
    // Without a pid the command never started: there is nothing to end.
    if (child.pid === undefined) return
    try {
      process.kill(-child.pid)
    } catch {
      // Already gone.
    }
  }
  process.on('exit', stop)
  return { process: child, stop }
}

/** Resolves once `url` answers 2xx; fails after a minute. */
export async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within a minute`)
}
