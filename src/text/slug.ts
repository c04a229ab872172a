/** A lower-case id from a title or name: letters and digits joined by single hyphens, at most 40 characters, cut between words. */
export function slug(s: string): string {
  const whole = s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  // Cut between words, not inside one ("…-deal-is-do"); a first word longer than that, where it must.
  const cut = whole.length <= 40 ? whole : whole[40] === '-' ? whole.slice(0, 40) : whole.slice(0, 40).replace(/-[a-z0-9]*$/, '') || whole.slice(0, 40);
  return cut.replace(/-+$/, '') || 'article';
}
