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

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip)
Chart.defaults.font.family = 'system-ui, sans-serif'
Chart.defaults.color = '#1f2328'
// Charts appear at once: no animation to wait for, and none for people who prefer reduced motion.
Chart.defaults.animation = false
