// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import SourceBadge from '~/components/source/SourceBadge.vue'
import { mountWith } from '../fixtures/mount'

const citation = {
  source: 'eskilstuna-utredning-2022',
  locator: 'Kostnadsförslag, MS Teams',
  quote: 'E3 – 2300 st – 4050 kr / år',
}

describe('SourceBadge', () => {
  it('opens on click to show the document, organisation, date, section and quote', async () => {
    const wrapper = mountWith(SourceBadge, { props: { citation, what: 'E3' } })
    const button = wrapper.get('button')
    expect(button.attributes('aria-label')).toBe('Källa för E3')
    expect(button.attributes('aria-expanded')).toBe('false')
    const panel = wrapper.get(`#${button.attributes('aria-controls')}`)
    expect(panel.isVisible()).toBe(false)

    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(panel.isVisible()).toBe(true)
    const text = panel.text()
    expect(text).toContain('Utredning digital samarbetsplattform')
    expect(text).toContain('Eskilstuna kommun, 2022-11-07')
    expect(text).toContain('Avsnitt: Kostnadsförslag, MS Teams')
    expect(text).toContain('E3 – 2300 st – 4050 kr / år')
  })

  it('opens on hover and closes with Escape', async () => {
    const wrapper = mountWith(SourceBadge, { props: { citation, what: 'E3' } })
    await wrapper.get('.source').trigger('mouseenter')
    expect(wrapper.get('button').attributes('aria-expanded')).toBe('true')
    await wrapper.get('.source').trigger('keydown', { key: 'Escape' })
    expect(wrapper.get('button').attributes('aria-expanded')).toBe('false')
  })

  it('says "your assumption" where a figure has no source', () => {
    const wrapper = mountWith(SourceBadge, { props: { what: 'Jitsi' }, locale: 'en' })
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.text()).toBe('Your assumption')
  })

  it('names a source id it cannot find rather than showing nothing', async () => {
    const wrapper = mountWith(SourceBadge, { props: { citation: { source: 'no-such', locator: 'p. 3' }, what: 'x' }, locale: 'en' })
    await wrapper.get('button').trigger('click')
    expect(wrapper.text()).toContain('unknown source no-such')
    expect(wrapper.text()).toContain('Section: p. 3')
  })

  it('shows a web page with its address and the day it was read, and the press as a secondary source', async () => {
    const page = {
      id: 'press-page', title: 'Ein Artikel', organisation: 'Eine Zeitung', date: '2025-12-04', kind: 'web-page' as const,
      url: 'https://example.org/artikel', readOn: '2026-12-01', publisher: 'press' as const, language: 'de',
    }
    const wrapper = mountWith(SourceBadge, { props: { citation: { source: 'press-page', locator: { sv: 'Stycke 2', en: 'Paragraph 2' }, quote: 'Ein Satz.' }, what: 'x', ownSources: [page] } })
    await wrapper.get('button').trigger('click')
    const text = wrapper.text()
    expect(text).toContain('Andrahandskälla')
    expect(text).toContain('https://example.org/artikel, webbsida, läst 2026-12-01')
    expect(wrapper.get('q').attributes('lang')).toBe('de')
    const own = mountWith(SourceBadge, { props: { citation: { source: 'own-page', locator: 'x' }, what: 'x', ownSources: [{ ...page, id: 'own-page', publisher: 'own' as const }] } })
    await own.get('button').trigger('click')
    expect(own.text()).not.toContain('Andrahandskälla')
  })
})
