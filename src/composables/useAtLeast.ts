/**
 * A figure that leaves out an unknown amount is a lower bound: it reads "minst …" / "at least …"
 * wherever it is shown, in one wording (PRESENTATION.md: a total that leaves out an unknown is "at
 * least" everywhere it appears).
 */
import { useI18n } from '~/i18n/runtime'

export function useAtLeast(): (amount: string, isLowerBound: boolean) => string {
  const { t } = useI18n()
  return (amount, isLowerBound) => (isLowerBound ? t('compare.incompleteTotal', { amount }) : amount)
}
