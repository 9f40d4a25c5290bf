import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TIMELINE_KINDS } from '@ankomst/contracts';
import i18next from 'i18next';
import { timelineTextKeys } from '../src/features/participants/timeline-text-keys';

type Messages = { [key: string]: string | Messages };
const src = path.join(__dirname, '../src');

/** The texts of one language as the app merges them (src/lib/i18n.ts): shared, then every feature's file. */
function messages(language: string): Messages {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Messages;
  const merged = read(path.join(src, 'locales', `${language}.json`));
  for (const feature of readdirSync(path.join(src, 'features'))) {
    const file = path.join(src, 'features', feature, 'locales', `${language}.json`);
    if (existsSync(file)) Object.assign(merged, read(file)); // some features have no texts of their own
  }
  return merged;
}

/** No browser needed: every kind the API writes reads in words, in both languages, never as "Hendelse (…)". */
describe.each(['nb', 'en'])('timeline texts in %s', (language) => {
  const i18n = i18next.createInstance();
  beforeAll(() => i18n.init({ lng: language, resources: { [language]: { translation: messages(language) } } }));

  it.each(TIMELINE_KINDS)('%s has a text', (kind) => {
    expect(timelineTextKeys(kind).some((key) => i18n.exists(key))).toBe(true);
  });
});
