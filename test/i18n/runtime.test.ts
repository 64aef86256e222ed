// @vitest-environment happy-dom
/**
 * The app's i18n runtime (src/i18n/runtime.ts) against the meaning of vue-i18n 11 that the app relies
 * on: placeholders, plural choice, the implicit {count} and {n}, fallback to Swedish, missing keys,
 * `te`, reactivity after a merge or a change of locale, and the plugin's provide/inject.
 */
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h, nextTick } from 'vue'
import { createI18n, useI18n } from '~/i18n/runtime'
import type { MessageTree } from '~/i18n/runtime'
import type { Locale } from '~/i18n'

const sv = {
  greeting: 'Hej {name}!',
  apples: 'ett äpple | {count} äpplen',
  cars: 'ingen bil | en bil | {n} bilar',
  plain: 'Utan platshållare',
  onlySwedish: 'Bara på svenska',
  nested: { deep: { text: 'Djupt' } },
  'flat.key': 'Platt nyckel',
  'double-licence': 'Dubbla licenser',
} satisfies MessageTree
const en = {
  greeting: 'Hello {name}!',
  apples: 'one apple | {count} apples',
  cars: 'no car | one car | {n} cars',
  plain: 'Without placeholders',
  nested: { deep: { text: 'Deep' } },
} satisfies MessageTree

function make(locale: Locale = 'sv', onMissing = vi.fn()) {
  return { i18n: createI18n({ locale, fallbackLocale: 'sv', messages: { sv, en }, onMissing }), onMissing }
}

afterEach(() => vi.restoreAllMocks())

describe('t', () => {
  it('fills in named placeholders, shows nothing for a missing value, and reads dotted, flat and hyphenated keys', () => {
    const { t } = make().i18n.global
    expect(t('greeting', { name: 'Eskilstuna' })).toBe('Hej Eskilstuna!')
    expect(t('greeting')).toBe('Hej !')
    expect(t('greeting', { name: null })).toBe('Hej !')
    expect(t('greeting', { name: 0 })).toBe('Hej 0!')
    expect(t('plain')).toBe('Utan platshållare')
    expect(t('nested.deep.text')).toBe('Djupt')
    expect(t('flat.key')).toBe('Platt nyckel')
    expect(t('double-licence')).toBe('Dubbla licenser')
  })

  it.each([
    // Two forms: the first for exactly one (or minus one), the second otherwise.
    [0, '0 äpplen'],
    [1, 'ett äpple'],
    [2, '2 äpplen'],
    [1.5, '1.5 äpplen'],
    [-1, 'ett äpple'],
  ])('picks the plural form of a two-form message for %s, and fills {count} with it', (count, expected) => {
    const { t } = make().i18n.global
    expect(t('apples', count)).toBe(expected)
    expect(t('apples', {}, count)).toBe(expected)
  })

  it.each([
    // Three forms: zero, one, many.
    [0, 'ingen bil'],
    [1, 'en bil'],
    [2, '2 bilar'],
    [7, '7 bilar'],
  ])('picks the plural form of a three-form message for %s, and fills {n} with it', (count, expected) => {
    expect(make().i18n.global.t('cars', count)).toBe(expected)
  })

  it('takes a number given as the named count or n as the count, and keeps a named count over the one given to t', () => {
    const { t } = make().i18n.global
    // Without a count, a plural message reads as one.
    expect(t('apples')).toBe('ett äpple')
    expect(t('apples', { count: 3 })).toBe('3 äpplen')
    expect(t('cars', { n: 0 })).toBe('ingen bil')
    // A word as the shown count, the number choosing the form (decision.conclusion.why.missing does this).
    expect(t('apples', { count: 'tre' }, 3)).toBe('tre äpplen')
    expect(t('apples', { count: 'ett' }, 1)).toBe('ett äpple')
    // A falsy named count is filled in from the count given.
    expect(t('apples', { count: '' }, 4)).toBe('4 äpplen')
  })

  it('falls back to Swedish for a key English lacks, and translates into a locale asked for', () => {
    const { t } = make('en').i18n.global
    expect(t('greeting', { name: 'Ann' })).toBe('Hello Ann!')
    expect(t('onlySwedish')).toBe('Bara på svenska')
    expect(t('greeting', { name: 'Ann' }, { locale: 'sv' })).toBe('Hej Ann!')
  })

  it('shows a missing key as the key and reports it once per locale and key', () => {
    const { i18n, onMissing } = make()
    const { t, locale } = i18n.global
    expect(t('nowhere.to.be.found')).toBe('nowhere.to.be.found')
    expect(t('nowhere.to.be.found')).toBe('nowhere.to.be.found')
    expect(onMissing).toHaveBeenCalledTimes(1)
    expect(onMissing).toHaveBeenCalledWith('nowhere.to.be.found', 'sv')
    // A subtree is not a text.
    expect(t('nested.deep')).toBe('nested.deep')
    locale.value = 'en'
    t('nowhere.to.be.found')
    expect(onMissing).toHaveBeenLastCalledWith('nowhere.to.be.found', 'en')
    expect(onMissing).toHaveBeenCalledTimes(3)
  })

  it('reports a missing key with console.warn in development (tests run as development)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const i18n = createI18n({ locale: 'sv', fallbackLocale: 'sv', messages: { sv } })
    expect(i18n.global.t('missing.key')).toBe('missing.key')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("'missing.key'"))
  })
})

describe('te', () => {
  it('says whether the current locale has a text, without asking the fallback', () => {
    const { te, locale } = make().i18n.global
    expect(te('onlySwedish')).toBe(true)
    expect(te('nested.deep')).toBe(false)
    expect(te('nowhere')).toBe(false)
    locale.value = 'en'
    expect(te('onlySwedish')).toBe(false)
    expect(te('plain')).toBe(true)
  })
})

describe('reactivity', () => {
  it('runs a computed using t again after texts are merged, set or the locale changes', () => {
    const { t, locale, mergeLocaleMessage, setLocaleMessage } = make('sv').i18n.global
    const shown = computed(() => `${t('later.text')} / ${t('nested.deep.text')}`)
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(shown.value).toBe('later.text / Djupt')
    mergeLocaleMessage('sv', { later: { text: 'Senare' } })
    // Merged key by key: the texts already there stay.
    expect(shown.value).toBe('Senare / Djupt')
    mergeLocaleMessage('sv', { nested: { other: 'Annat' } })
    expect(shown.value).toBe('Senare / Djupt')
    mergeLocaleMessage('en', { later: { text: 'Later' } })
    locale.value = 'en'
    expect(shown.value).toBe('Later / Deep')
    setLocaleMessage('en', { later: { text: 'Replaced' } })
    // Set replaces: English has no nested text now, so Swedish shows.
    expect(shown.value).toBe('Replaced / Djupt')
  })

  it('gives every component of the app the same texts through useI18n, and re-renders them on a merge', async () => {
    const { i18n } = make('sv')
    const Shows = defineComponent({
      setup() {
        const { t } = useI18n()
        return () => h('p', t('later.text', { n: 2 }))
      },
    })
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const wrapper = mount(Shows, { global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe('later.text')
    i18n.global.mergeLocaleMessage('sv', { later: { text: '{n} senare' } })
    await nextTick()
    expect(wrapper.text()).toBe('2 senare')
    i18n.global.locale.value = 'en'
    i18n.global.mergeLocaleMessage('en', { later: { text: '{n} later' } })
    await nextTick()
    expect(wrapper.text()).toBe('2 later')
  })

  it('refuses useI18n without the plugin, saying what is missing', () => {
    const Bare = defineComponent({
      setup() {
        useI18n()
        return () => h('p')
      },
    })
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(() => mount(Bare)).toThrow(/i18n plugin/)
  })
})
