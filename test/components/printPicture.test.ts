/** A chart's print picture carries its heading: the chart's name, the case's name and the date, cut to fit (issue 22). */
import { describe, expect, it } from 'vitest'
import { drawHeading, PRINT_WIDTH } from '~/components/chart/printPicture'
import type { HeadingContext } from '~/components/chart/printPicture'

/** A context that records what is written, each character 10 pixels wide. */
function recorder() {
  const written: { text: string; x: number; y: number; font: string }[] = []
  const ctx = {
    fillStyle: '',
    font: '',
    textBaseline: 'alphabetic',
    fillText(text: string, x: number, y: number) {
      written.push({ text, x, y, font: ctx.font })
    },
    measureText: (text: string) => ({ width: text.length * 10 }),
  }
  return { ctx: ctx as unknown as HeadingContext, written }
}

describe('drawHeading', () => {
  it('writes the title in bold over the case’s name and the date', () => {
    const { ctx, written } = recorder()
    drawHeading(ctx, { title: 'Ackumulerad kostnad', subtitle: 'Testkommun, 2026-12-04 · 4 december 2026' }, PRINT_WIDTH)
    expect(written.map((w) => w.text)).toEqual(['Ackumulerad kostnad', 'Testkommun, 2026-12-04 · 4 december 2026'])
    expect(written[0]?.font).toMatch(/^bold 50px/)
    expect((written[1]?.y ?? 0) > (written[0]?.y ?? 0)).toBe(true)
  })

  it('cuts a name too long for the picture with an ellipsis, never past its edge', () => {
    const { ctx, written } = recorder()
    drawHeading(ctx, { title: 'x'.repeat(400), subtitle: 'y' }, 600)
    const title = written[0]?.text ?? ''
    expect(title.endsWith('…')).toBe(true)
    expect(title.length * 10 + (written[0]?.x ?? 0) * 2).toBeLessThanOrEqual(600)
  })
})
