/**
 * Where the next screen should put the reader: after "Skapa fallet och visa jämförelsen" the compare
 * screen opens at its top with focus on the decision summary, not where the guided start was scrolled.
 */
let isSummaryAsked = false

/** Asks the next screen to land on the decision summary. */
export function landOnSummary() {
  isSummaryAsked = true
}

/**
 * Puts the page at its top and focus on the summary's heading when that was asked (returns true),
 * else leaves focus to the caller. Waits a few frames for a lazily loaded screen to render it.
 */
export async function landOnSummaryIfAsked(): Promise<boolean> {
  if (!isSummaryAsked) return false
  isSummaryAsked = false
  for (let i = 0; i < 30; i++) {
    const heading = document.querySelector<HTMLElement>('.decision__heading')
    if (heading) {
      heading.tabIndex = -1
      heading.focus({ preventScroll: true })
      window.scrollTo(0, 0)
      return true
    }
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
  return false
}
