import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import nb from '../locales/nb.json';

type Messages = { [key: string]: string | Messages };

/**
 * Shared texts live in `src/locales/{nb,en}.json`; each feature keeps its own in
 * `src/features/<feature>/locales/{nb,en}.json` under a top-level key named after the feature, so features
 * never edit the same file. Both are merged into one resource per language.
 */
const featureMessages = import.meta.glob<Messages>('../features/*/locales/*.json', { eager: true, import: 'default' });

function messagesFor(language: string, shared: Messages): Messages {
  const merged: Messages = { ...shared };
  for (const [file, messages] of Object.entries(featureMessages)) {
    if (file.endsWith(`/${language}.json`)) Object.assign(merged, messages);
  }
  return merged;
}

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';

const STORAGE_KEY = 'ankomst.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the user chose earlier on this device, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // Storage can be blocked (privacy settings); fall back to the default.
  }
}

/** Switches language, remembers the choice on this device and keeps `<html lang>` true. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but still switched for this visit.
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: messagesFor('nb', nb) }, en: { translation: messagesFor('en', en) } },
  lng: storedLanguage() ?? DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes.
  returnNull: false,
  initAsync: false,
});

export { i18n };
