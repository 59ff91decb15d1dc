// Organisation names in the user's language: the English name when there is one and English is chosen.
export function orgName(o: { name: string; nameEn?: string | null }, language: string): string {
  return language === 'en' && o.nameEn ? o.nameEn : o.name;
}
