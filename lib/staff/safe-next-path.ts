/** Where to go after sign-in: an /admin path from the form, never another site (open redirect). */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string") return "/admin";
  if (!/^\/admin(?:[/?][A-Za-z0-9\-._~/?=&%]*)?$/.test(value) || value.includes("//") || value.startsWith("/admin/login")) return "/admin";
  return value;
}
