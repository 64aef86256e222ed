/**
 * The name of a case input (engine/uncertainty/inputs.ts) as a person reads it: "Users: Staff with E3 licences",
 * "Price: Nextcloud", "Cost (Microsoft on own servers): Higher licence cost …".
 */
import { useI18n } from '~/i18n/runtime'
import { useLocalText } from '~/composables/useLocalText'
import type { Case, InputRef, LocalText } from '~/engine'

export interface LabelledInput {
  ref: InputRef
  subject?: LocalText
  scenarioId?: string
}

export function useInputLabel(options: { model: () => Case }) {
  const { t } = useI18n()
  const { lt } = useLocalText()
  function scenarioName(id: string | undefined): string {
    const scenario = options.model().scenarios.find((s) => s.id === id)
    return scenario ? lt(scenario.name) : (id ?? '')
  }
  function inputLabel(input: LabelledInput): string {
    const ref = input.ref
    return t(`finance.input.${ref.kind}${ref.kind === 'group-users' && ref.year !== undefined ? 'Year' : ''}`, {
      name: input.subject === undefined ? '' : lt(input.subject),
      scenario: scenarioName(input.scenarioId),
      year: 'year' in ref ? ref.year : '',
      currency: 'currency' in ref ? ref.currency : '',
    })
  }
  return { inputLabel, scenarioName }
}
