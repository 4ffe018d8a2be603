/** A function that computes each result once, keyed by its (JSON-serialisable) arguments. */
export function memoize<Args extends unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  const results = new Map<string, { result: Result }>()
  return (...args) => {
    const key = JSON.stringify(args)
    let cached = results.get(key)
    if (!cached) {
      cached = { result: compute(...args) }
      results.set(key, cached)
    }
    return cached.result
  }
}
