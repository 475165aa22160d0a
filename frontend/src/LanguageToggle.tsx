import type { Language, Messages } from './messages'

interface Props {
  t: Messages
  onChange: (language: Language) => void
}

export function LanguageToggle({ t, onChange }: Props) {
  return (
    <button
      type="button"
      className="link-button"
      lang={t.otherLanguageCode}
      onClick={() => {
        onChange(t.otherLanguageCode)
      }}
    >
      {t.otherLanguage}
    </button>
  )
}
