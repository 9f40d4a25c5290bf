export function percent(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value);
}

export function integer(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO').format(value);
}
