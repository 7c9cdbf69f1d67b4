/** Who did something, by name, else by e-mail; someone no longer in the directory is a former colleague. */
export const personName = (user: { name?: string | null; email?: string | null } | null | undefined) =>
  user?.name ?? user?.email ?? 'A former colleague';
