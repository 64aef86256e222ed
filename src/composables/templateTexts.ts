import type { TemplateTexts } from '~/engine'
import type { Translate } from '~/i18n/runtime'

/**
 * The texts of the lines a scenario template writes (engine `TemplateTexts`): labels in both languages,
 * so the case reads right in either, and the reasons in the language shown. One place for the guided
 * start and the scenario list, which offer the same templates.
 */
export function templateTexts(t: Translate): TemplateTexts {
  const both = (key: string) => ({ sv: t(key, {}, { locale: 'sv' }), en: t(key, {}, { locale: 'en' }) })
  return {
    onPremIncrease: both('figures.onPremIncrease'),
    onPremIncreaseReason: t('figures.onPremIncreaseReason'),
    selfOperation: both('figures.selfOperation'),
    selfOperationReason: t('figures.selfOperationReason'),
  }
}
