// Swedish / English switch; the choice is remembered on this computer.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

/** `labelHidden`: the label is left to screen readers (the top bar: the list shows the language). */
export function LanguageSwitch({ labelHidden = false }: { labelHidden?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className={labelHidden ? 'visually-hidden' : undefined}>{t('language.label')}</span>
      <select value={i18n.language} onChange={(e) => void setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng}>
            {t(`language.${lng}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
