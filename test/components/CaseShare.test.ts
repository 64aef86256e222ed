// @vitest-environment happy-dom
/** The Share action: a copyable link for a normal case; for an oversized one, the file instead. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import CaseShare from '~/components/case/CaseShare.vue'
import { MAX_LINK_CHARS } from '~/io/share-link'
import { useCaseStore } from '~/stores/case'
import { mountWith } from '../fixtures/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

/** Text that does not compress: a seeded pseudo-random string of letters. */
function noise(length: number, seed: number): string {
  let x = seed
  let out = ''
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31
    out += String.fromCharCode(97 + (x % 26))
  }
  return out
}

describe('CaseShare', () => {
  it('shows the link in a labelled field, with the whole case in the fragment', async () => {
    const wrapper = mountWith(CaseShare)
    const toggle = wrapper.get('button')
    expect(toggle.text()).toBe('Dela länk')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    await vi.waitFor(() => expect(toggle.attributes('aria-expanded')).toBe('true'))
    const field = wrapper.get('input')
    expect(wrapper.get(`label[for="${field.attributes('id')}"]`).text()).toBe('Länk till fallet')
    expect((field.element as HTMLInputElement).value).toMatch(/#case=[A-Za-z0-9_-]{100,}$/)
    expect(document.activeElement).toBe(field.element)
  })

  it('offers the case file instead of a link that would be too long', async () => {
    const wrapper = mountWith(CaseShare)
    const store = useCaseStore()
    store.model.notes = Array.from({ length: 80 }, (_, i) => noise(480, i + 1))
    await wrapper.get('button').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('.share__too-long').exists()).toBe(true))
    expect(wrapper.find('input').exists()).toBe(false)
    const message = wrapper.get('.share__too-long').text().replace(/[\u00a0\u202f]/g, ' ')
    expect(message).toMatch(/Länken skulle bli [\d ]+ tecken lång, längre än de 24 000 tecken/)
    expect(MAX_LINK_CHARS).toBe(24_000)
    expect(wrapper.findAll('button').map((b) => b.text())).toContain('Ladda ner fallet som fil')
  })
})
