/**
 * A chart as a picture for paper and documents: drawn again at print size (PRINT_WIDTH pixels wide,
 * about 15 cm at 300 dpi), whatever size it has on screen, with a heading drawn in: the chart's name,
 * and the case's name and the date, so that the picture says what it is when it is pasted elsewhere.
 */
import { Chart } from 'chart.js'
import type { ChartConfiguration } from 'chart.js'

/** The chart's size in CSS pixels, drawn at PRINT_SCALE: fonts and lines keep their proportions. */
const CSS_WIDTH = 720
const CSS_HEIGHT = 430
const PRINT_SCALE = 2.5
export const PRINT_WIDTH = CSS_WIDTH * PRINT_SCALE

export interface PictureHeading {
  /** The chart's name, the heading's first line. */
  title: string
  /** The case's name and the date, its second line. */
  subtitle: string
}

/** The part of a 2D context the heading uses (so a test can record what is drawn). */
export type HeadingContext = Pick<CanvasRenderingContext2D, 'fillStyle' | 'font' | 'textBaseline' | 'fillText' | 'measureText'>

const TITLE_PX = 20 * PRINT_SCALE
const SUBTITLE_PX = 14 * PRINT_SCALE
const MARGIN = 16 * PRINT_SCALE
export const HEADING_HEIGHT = MARGIN + TITLE_PX * 1.3 + SUBTITLE_PX * 1.4 + MARGIN / 2

/** The longest beginning of `text` that fits `width`, with an ellipsis where it was cut. */
function fitted(ctx: HeadingContext, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text
  let cut = text
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1)
  return `${cut}…`
}

/** Draws the heading, top left, within `width` pixels. */
export function drawHeading(ctx: HeadingContext, heading: PictureHeading, width: number) {
  ctx.fillStyle = '#1f2328'
  ctx.textBaseline = 'top'
  ctx.font = `bold ${TITLE_PX}px system-ui, sans-serif`
  ctx.fillText(fitted(ctx, heading.title, width - 2 * MARGIN), MARGIN, MARGIN)
  ctx.fillStyle = '#4b5563'
  ctx.font = `${SUBTITLE_PX}px system-ui, sans-serif`
  ctx.fillText(fitted(ctx, heading.subtitle, width - 2 * MARGIN), MARGIN, MARGIN + TITLE_PX * 1.3)
}

/**
 * The chart drawn again at print size under its heading, as a PNG data URL. The chart on screen is
 * left as it is; the copy is made from its configuration (data copied, so the two never share arrays).
 */
export function printPicture(chart: Chart, heading: PictureHeading): string {
  const source = chart.config as ChartConfiguration
  const canvas = document.createElement('canvas')
  canvas.width = CSS_WIDTH
  canvas.height = CSS_HEIGHT
  const copy = new Chart(canvas, {
    type: source.type,
    data: {
      labels: [...(source.data.labels ?? [])],
      datasets: source.data.datasets.map((d) => ({ ...d, data: [...d.data] })),
    },
    options: {
      ...source.options,
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      devicePixelRatio: PRINT_SCALE,
      // Room at the edges: on paper the last label and bar must not touch the picture's border.
      layout: { padding: { left: 8, right: 24, bottom: 8 } },
    },
  } as ChartConfiguration)
  try {
    const page = document.createElement('canvas')
    page.width = copy.canvas.width
    page.height = copy.canvas.height + HEADING_HEIGHT
    const ctx = page.getContext('2d')
    if (!ctx) return copy.toBase64Image('image/png', 1)
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, page.width, page.height)
    drawHeading(ctx, heading, page.width)
    ctx.drawImage(copy.canvas, 0, HEADING_HEIGHT)
    return page.toDataURL('image/png')
  } finally {
    copy.destroy()
  }
}
