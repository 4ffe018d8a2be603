/**
 * The listen button of a foreign phrase's card: shown only where the browser
 * has a voice for the phrase's language, and it says the phrase in it.
 */
import { cardControls, cardSelector } from '@/lib/annotate/card-markup'
import { sameLanguage } from '@/lib/i18n/language-tag'
import type { CardStack } from './card-stack'

export function speakPhrases(stack: CardStack, signal: AbortSignal) {
  stack.on('open', ({ card }) => revealListenButton(card))
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>(cardControls.speak.selector) : null
      if (button?.closest(cardSelector)) speak(button)
    },
    { signal }
  )
}

function revealListenButton(card: HTMLElement) {
  const button = card.querySelector<HTMLElement>(cardControls.speak.selector)
  if (!button || !('speechSynthesis' in window)) return
  const language = button.getAttribute(cardControls.speakLang.attribute) ?? undefined
  button.hidden = !speechSynthesis.getVoices().some((voice) => sameLanguage(voice.lang, language))
}

function speak(button: HTMLElement) {
  const utterance = new SpeechSynthesisUtterance(button.getAttribute(cardControls.speak.attribute) ?? '')
  utterance.lang = button.getAttribute(cardControls.speakLang.attribute) ?? ''
  speechSynthesis.cancel()
  speechSynthesis.speak(utterance)
}
