/**
 * What an id is, everywhere (reports, figures, panels, themes, entities, glossary terms,
 * indicators): kebab-case, a–z and 0–9 in words joined by single hyphens, at most 80 characters.
 * Pure, so the schema, the CLI and the URL parser share the one rule.
 */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 80;
export const KEBAB_ID_RULE = 'must be kebab-case (a-z, 0-9 and single hyphens)';

export function isKebabId(text: string): boolean {
  return text.length <= MAX_ID_LENGTH && KEBAB_ID.test(text);
}
