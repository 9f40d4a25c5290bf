import type { TFunction } from 'i18next';

/** A readable label for a breakdown group ("FEMALE", "PARTNER:MALE", "20_29", "SY", "2016"). */
export function groupLabel(t: TFunction, breakdown: string, group: string): string {
  if (group === 'ALL') return t('outcomes.groups.all');
  if (breakdown === 'partnerSex') {
    const [partner, sex] = group.split(':');
    return `${t(`outcomes.groups.partner.${partner}`)}, ${t(`outcomes.groups.sex.${sex}`, { defaultValue: sex })}`;
  }
  if (breakdown === 'cohort') return group;
  if (breakdown === 'country') return t(`outcomes.groups.country.${group}`, { defaultValue: group });
  return t(`outcomes.groups.${breakdown}.${group}`, { defaultValue: group });
}
