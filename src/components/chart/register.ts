/** Registers only the Chart.js parts the app draws (a smaller bundle than `registerables`). */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'
import type { Plugin } from 'chart.js'

/** Paints white under every chart, so a downloaded PNG is readable rather than transparent (black in many viewers). */
export const whiteBackground: Plugin = {
  id: 'vagvalWhiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart
    ctx.save()
    ctx.globalCompositeOperation = 'destination-over'
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, chart.width, chart.height)
    ctx.restore()
  },
}

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip, whiteBackground)
Chart.defaults.font.family = 'system-ui, sans-serif'
Chart.defaults.color = '#1f2328'
// Charts appear at once: no animation to wait for, and none for people who prefer reduced motion.
Chart.defaults.animation = false
