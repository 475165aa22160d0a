// The visitor chat page's script (GET /chat), built to /console/assets/chat.js. Plain DOM and no
// framework, so that it stays light on phones.

import { ChatConnection, wsUrl } from './connection'
import { httpChatApi, sessionTokens } from './http'
import { mountChatPage } from './page'
import { isLanguage, readTexts } from './texts'
import { VisitorChat } from './visitor'

function boot(): void {
  const lang = document.documentElement.lang
  const language = isLanguage(lang) ? lang : 'nb'
  const texts = readTexts(document.getElementById('chat-texts')?.textContent)
  const chat = new VisitorChat({
    language,
    api: httpChatApi,
    tokens: sessionTokens,
    connect: (handlers) =>
      new ChatConnection({
        url: wsUrl('/ws/chat', window.location),
        token: () => sessionTokens.get(),
        ...handlers,
      }),
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    schedule: (callback, ms) => {
      const handle = window.setTimeout(callback, ms)
      return () => {
        window.clearTimeout(handle)
      }
    },
  })
  mountChatPage(chat, texts, language)
  chat.init()
}

if (document.getElementById('chat-app') !== null) boot()
