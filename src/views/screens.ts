/**
 * The app's screens, in the order of the navigation. Each loads its view when first shown, so the
 * first screen's JavaScript stays small.
 */
import { defineAsyncComponent } from 'vue'
import type { Component } from 'vue'
import { loadValidator } from '~/engine'
import CompareView from './CompareView.vue'

export interface Screen {
  id: string
  /** i18n key of the screen's name in the navigation. */
  titleKey: string
  component: Component
  /** Reached from a link or button (the header's "New case", the saved cases), not from the navigation. */
  isOutsideNav?: boolean
}

export const SCREENS: readonly Screen[] = [
  { id: 'compare', titleKey: 'nav.compare', component: CompareView },
  { id: 'workbench', titleKey: 'nav.workbench', component: lazy(() => import('./WorkbenchView.vue')) },
  { id: 'coverage', titleKey: 'nav.coverage', component: lazy(() => import('./CoverageView.vue')) },
  { id: 'protection', titleKey: 'nav.protection', component: lazy(() => import('./ProtectionView.vue')) },
  { id: 'sovereignty', titleKey: 'nav.sovereignty', component: lazy(() => import('./SovereigntyView.vue')) },
  { id: 'finance', titleKey: 'nav.finance', component: lazy(() => import('./FinanceView.vue')) },
  { id: 'precedents', titleKey: 'nav.precedents', component: lazy(() => import('./PrecedentsView.vue')) },
  { id: 'assumptions', titleKey: 'nav.assumptions', component: lazy(() => import('./AssumptionsView.vue')) },
  { id: 'report', titleKey: 'nav.report', component: lazy(() => import('./ReportView.vue')) },
  { id: 'new', titleKey: 'newCase.link', component: lazy(() => import('./GuidedStartView.vue')), isOutsideNav: true },
  { id: 'cases', titleKey: 'newCase.caseDiff', component: lazy(() => import('./CaseDiffView.vue')), isOutsideNav: true },
]

export const DEFAULT_SCREEN = 'compare'

/**
 * A view loaded on first use, with the validator: every screen but the first reads or writes cases
 * (saved cases, files, the guided start), and the first visit's first screen does not wait for it
 * (src/main.ts), so the others do, in parallel with their own code.
 */
export function lazy(load: () => Promise<{ default: Component }>): Component {
  return defineAsyncComponent(async () => (await Promise.all([load(), loadValidator()]))[0])
}
