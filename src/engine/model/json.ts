/** A deep copy of JSON data (a case is JSON); also reads through Vue's reactive proxies. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
