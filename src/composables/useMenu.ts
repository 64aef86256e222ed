/**
 * The header's menu on a narrow screen (a phone, or 200 % zoom): the header's actions and the screens'
 * navigation fold behind one "Meny" button so the screen's own content starts in the first screenful.
 * One open state, shared by the header (its button and actions) and the app's navigation; on a wide
 * screen the button is hidden and both show as they always have (styles.css).
 */
import { ref } from 'vue'

const isMenuOpen = ref(false)
const menuButton = ref<HTMLButtonElement | null>(null)

export function useMenu() {
  return {
    isMenuOpen,
    /** The button, as the header renders it (a function ref). */
    setMenuButton: (el: unknown) => {
      menuButton.value = el instanceof HTMLButtonElement ? el : null
    },
    toggleMenu: () => {
      isMenuOpen.value = !isMenuOpen.value
    },
    closeMenu: () => {
      isMenuOpen.value = false
    },
    /** Escape: folds the menu and puts focus back on its button, as for any disclosure. */
    closeToButton: () => {
      if (!isMenuOpen.value) return
      isMenuOpen.value = false
      // On a wide screen the button is hidden and focus stays where it is.
      if (menuButton.value?.offsetParent) menuButton.value.focus()
    },
  }
}
