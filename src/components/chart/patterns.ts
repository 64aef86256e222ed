/**
 * Fill patterns for bars, so that categories differ by more than colour: on a black-and-white print,
 * for colour-blind readers, and in a downloaded PNG. Each category keeps its pattern in every chart
 * (keyed by its colour in CATEGORY_COLOURS). Needs a DOM; without one the plain colour is used.
 */
import { CATEGORY_COLOURS } from './chartData'

const SIZE = 10
/** Pattern of the n-th category: solid, diagonal, dots, horizontal, back-diagonal, cross-hatch. */
const SHAPES = ['solid', 'diagonal', 'dots', 'horizontal', 'back-diagonal', 'cross'] as const
const shapeOfColour = new Map<string, (typeof SHAPES)[number]>(
  Object.values(CATEGORY_COLOURS).map((colour, i) => [colour, SHAPES[i % SHAPES.length] ?? 'solid']),
)
const cache = new Map<string, CanvasPattern | string>()

function draw(ctx: CanvasRenderingContext2D, shape: (typeof SHAPES)[number]) {
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)'
  ctx.fillStyle = 'rgba(255, 255, 255, 0.9)'
  ctx.lineWidth = 2
  ctx.beginPath()
  switch (shape) {
    case 'diagonal':
      ctx.moveTo(0, SIZE)
      ctx.lineTo(SIZE, 0)
      ctx.moveTo(-SIZE / 2, SIZE / 2)
      ctx.lineTo(SIZE / 2, -SIZE / 2)
      ctx.moveTo(SIZE / 2, SIZE * 1.5)
      ctx.lineTo(SIZE * 1.5, SIZE / 2)
      break
    case 'back-diagonal':
      ctx.moveTo(0, 0)
      ctx.lineTo(SIZE, SIZE)
      ctx.moveTo(-SIZE / 2, SIZE / 2)
      ctx.lineTo(SIZE / 2, SIZE * 1.5)
      ctx.moveTo(SIZE / 2, -SIZE / 2)
      ctx.lineTo(SIZE * 1.5, SIZE / 2)
      break
    case 'horizontal':
      ctx.moveTo(0, SIZE / 2)
      ctx.lineTo(SIZE, SIZE / 2)
      break
    case 'cross':
      ctx.moveTo(0, SIZE / 2)
      ctx.lineTo(SIZE, SIZE / 2)
      ctx.moveTo(SIZE / 2, 0)
      ctx.lineTo(SIZE / 2, SIZE)
      break
    case 'dots':
      ctx.arc(SIZE / 2, SIZE / 2, 1.8, 0, Math.PI * 2)
      ctx.fill()
      return
    case 'solid':
      return
  }
  ctx.stroke()
}

/** The colour with its category's pattern over it, or the colour itself where no canvas is at hand. */
export function patternFor(colour: string): CanvasPattern | string {
  const cached = cache.get(colour)
  if (cached) return cached
  const shape = shapeOfColour.get(colour) ?? 'solid'
  if (shape === 'solid' || typeof document === 'undefined') return colour
  const canvas = document.createElement('canvas')
  canvas.width = SIZE
  canvas.height = SIZE
  const ctx = canvas.getContext('2d')
  if (!ctx) return colour
  ctx.fillStyle = colour
  ctx.fillRect(0, 0, SIZE, SIZE)
  draw(ctx, shape)
  const pattern = ctx.createPattern(canvas, 'repeat') ?? colour
  cache.set(colour, pattern)
  return pattern
}
