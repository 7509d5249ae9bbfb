/**
 * The text with every email address in it replaced by "[address]". Mail servers quote recipients
 * in their errors, and those errors go to logs and to the admin's Jobs page, which show what went
 * wrong, not to whom.
 */
export function redactAddresses(text: string): string {
  return text.replace(/[^\s<>()[\]{},;:"']+@[^\s<>()[\]{},;:"']+/g, "[address]");
}
