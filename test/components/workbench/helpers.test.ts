// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { focusKey, withLocale, yearOptions } from '~/components/workbench/helpers'

describe('workbench helpers', () => {
  it('edits one language of a two-language text and keeps a plain text plain', () => {
    expect(withLocale({ sv: 'Skolan', en: 'Schools' }, 'en', 'Education')).toEqual({ sv: 'Skolan', en: 'Education' })
    expect(withLocale('Skolan', 'en', 'Education')).toBe('Education')
    expect(withLocale(undefined, 'sv', 'Ny')).toBe('Ny')
  })

  it('offers the horizon’s years, plus a year outside it that a line already has', () => {
    expect(yearOptions([2023, 2024, 2025])).toEqual([2023, 2024, 2025])
    expect(yearOptions([2023, 2024, 2025], 2024)).toEqual([2023, 2024, 2025])
    expect(yearOptions([2023, 2024, 2025], 2030)).toEqual([2023, 2024, 2025, 2030])
  })

  it('moves focus to a marked control, or the first control inside a marked element', () => {
    document.body.innerHTML = '<div data-focus="box"><span></span><select id="s"></select></div><button data-focus="b" id="b">x</button>'
    expect(focusKey('b')).toBe(true)
    expect(document.activeElement?.id).toBe('b')
    expect(focusKey('box')).toBe(true)
    expect(document.activeElement?.id).toBe('s')
    expect(focusKey('missing')).toBe(false)
    document.body.innerHTML = ''
  })
})
