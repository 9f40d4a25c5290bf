import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES } from '../lib/i18n';

/** Norsk bokmål / English. Each option is named in its own language, so anyone can find theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nb';
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          type="button"
          variant={language === current ? 'secondary' : 'tertiary'}
          data-size="sm"
          lang={language}
          aria-pressed={language === current}
          onClick={() => void changeLanguage(language)}
        >
          {t(`language.${language}`, { lng: language })}
        </Button>
      ))}
    </div>
  );
}
